// @vitest-environment jsdom
// Planning threads: live messages never wipe a draft; mentions, replies, unread markers, editing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Composer } from '../../client/src/features/workspace/components/Composer';
import { MessageList, type MessageView } from '../../client/src/features/workspace/components/MessageList';

afterEach(cleanup);

const msg = (id: string, patch: Partial<MessageView> = {}): MessageView => ({
  id, body: `message ${id}`, authorName: 'Aiko', authorOrg: 'JPC', createdAt: '2026-05-01T03:00:00.000Z',
  reactions: [], unread: false, ...patch,
});

function Thread({ messages, onPost }: { messages: MessageView[]; onPost: (b: string, ids: string[]) => Promise<boolean> }) {
  return (
    <>
      <MessageList messages={messages} timeZone="Asia/Tokyo" />
      <Composer people={[{ id: 'u2', name: 'Binod', email: 'np@npo.demo', org: 'NPEDC' }, { id: 'u3', name: 'Aiko Sato', email: 'secretariat@apo.demo', org: 'APO' }]} onPost={onPost} />
    </>
  );
}

describe('planning thread', () => {
  it('keeps what the user is typing when a message arrives live', async () => {
    const onPost = vi.fn(async () => true);
    const { rerender } = render(<Thread messages={[msg('1')]} onPost={onPost} />);
    await userEvent.type(screen.getByLabelText('Message'), 'Half a thought');
    rerender(<Thread messages={[msg('1'), msg('2', { body: 'from the other side', unread: true })]} onPost={onPost} />);
    expect(screen.getByText('from the other side')).toBeTruthy();
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe('Half a thought');
  });

  it('keeps the draft when posting fails and clears it when it succeeds', async () => {
    const onPost = vi.fn(async () => false);
    const { rerender } = render(<Thread messages={[]} onPost={onPost} />);
    await userEvent.type(screen.getByLabelText('Message'), 'Important');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe('Important');
    const ok = vi.fn(async () => true);
    rerender(<Thread messages={[]} onPost={ok} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(ok).toHaveBeenCalledWith('Important', []);
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe('');
  });

  it('sends the ids of mentioned people and highlights mentions', async () => {
    const onPost = vi.fn(async () => true);
    render(<Thread messages={[msg('1', { body: 'Thanks @np@npo.demo!', mentionNames: { 'np@npo.demo': 'Binod' } })]} onPost={onPost} />);
    expect(screen.getByText('@Binod').className).toBe('mention');
    await userEvent.type(screen.getByLabelText('Message'), 'Agenda ready? @bin');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Binod NPEDC · np@npo.demo']);
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await userEvent.type(screen.getByLabelText('Message'), 'and @');
    expect(screen.getAllByRole('option')).toHaveLength(2);
    await userEvent.keyboard('{ArrowDown}{Tab}');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onPost).toHaveBeenCalledWith('Agenda ready? @np@npo.demo and @secretariat@apo.demo ', ['u2', 'u3']);
    expect(document.activeElement).toBe(screen.getByLabelText('Message'));
  });

  it('renders the server’s sanitized HTML (Markdown) with mentions highlighted', () => {
    const html = '<p><strong>bold</strong> @<a href="mailto:np@npo.demo">np@npo.demo</a></p>\n<ul>\n<li>one</li>\n</ul>\n';
    render(<MessageList timeZone="Asia/Tokyo" messages={[msg('1', { body: '**bold** @np@npo.demo\n- one', html, mentionNames: { 'np@npo.demo': 'Binod' } })]} />);
    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(screen.getByText('one').tagName).toBe('LI');
    expect(screen.getByText('@Binod').className).toBe('mention');
  });
});

describe('planning thread', () => {
  it('shows the latest 50 messages and older ones on request', async () => {
    const many = Array.from({ length: 120 }, (_, i) => msg(String(i + 1)));
    render(<MessageList timeZone="Asia/Tokyo" messages={many} />);
    expect(screen.getAllByTestId('message')).toHaveLength(50);
    expect(screen.getByText('message 120')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show older messages (70)' }));
    expect(screen.getAllByTestId('message')).toHaveLength(100);
  });

  it('marks unread messages and nests replies under their parent', () => {
    render(<MessageList timeZone="Asia/Tokyo" messages={[msg('1'), msg('2', { parentId: '1' }), msg('3', { unread: true })]} />);
    expect(screen.getByRole('separator').textContent).toBe('New messages');
    const items = screen.getAllByTestId('message');
    expect(items[1]!.className).toContain('reply');
    expect(items[2]!.className).toContain('unread');
  });

  it('lets the author edit their own message and keeps the editor open with the text when saving fails', async () => {
    const onEdit = vi.fn(async () => false);
    const { rerender } = render(<MessageList timeZone="Asia/Tokyo" messages={[msg('1', { mine: true }), msg('2')]} onEdit={onEdit} />);
    expect(screen.getAllByRole('button', { name: 'Edit' })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.type(screen.getByLabelText('Edit message'), ' (updated)');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ id: '1' }), 'message 1 (updated)');
    expect((screen.getByLabelText('Edit message') as HTMLTextAreaElement).value).toBe('message 1 (updated)');
    const ok = vi.fn(async () => true);
    rerender(<MessageList timeZone="Asia/Tokyo" messages={[msg('1', { mine: true }), msg('2')]} onEdit={ok} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByLabelText('Edit message')).toBeNull();
  });
});
