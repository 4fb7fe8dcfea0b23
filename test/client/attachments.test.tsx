// @vitest-environment jsdom
// Attached files as lists show them (name to download, type, size, image thumbnails) and the file
// picker: chosen or dropped files are handed on, and each upload shows its progress or refusal.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AttachmentList } from '../../client/src/features/attachments/AttachmentList';
import { FileDrop } from '../../client/src/features/attachments/FileDrop';

afterEach(cleanup);

const pdf = { id: 'a1', filename: 'Concept note.pdf', size: 182_044, contentType: 'application/pdf', url: 'http://localhost:4000/files/a1' };
const png = { id: 'a2', filename: 'site.png', size: 900, contentType: 'image/png', url: 'http://localhost:4000/files/a2' };

describe('attached files', () => {
  it('link each file for download on the page\'s origin, with its type and size; images get a thumbnail', () => {
    render(<AttachmentList files={[pdf, png]} />);
    const link = screen.getByRole('link', { name: 'Concept note.pdf' });
    expect([link.getAttribute('href'), link.getAttribute('download')]).toEqual(['/files/a1', 'Concept note.pdf']);
    expect(screen.getByText('PDF · 178 KB')).toBeTruthy();
    expect(screen.getByText('PNG image · 900 bytes')).toBeTruthy();
    const thumbs = document.querySelectorAll('img');
    expect([...thumbs].map((i) => i.getAttribute('src'))).toEqual(['/files/a2']);
  });
});

describe('the file picker', () => {
  it('hands on files chosen with the button or dropped, and shows progress and refusals', async () => {
    const onFiles = vi.fn();
    render(<FileDrop onFiles={onFiles} onRemove={() => {}} pending={[
      { key: 1, name: 'agenda.pdf', size: 2048, progress: 0.4 },
      { key: 2, name: 'page.pdf', size: 10, progress: 1, uploadId: 'u2', error: 'This kind of file cannot be attached.' },
    ]} />);
    const file = new File(['%PDF-1.4'], 'minutes.pdf', { type: 'application/pdf' });
    await userEvent.upload(screen.getByLabelText('Attach files'), file);
    fireEvent.drop(screen.getByTestId('file-drop'), { dataTransfer: { files: [file] } });
    expect(onFiles.mock.calls.map((c) => c[0].map((f: File) => f.name))).toEqual([['minutes.pdf'], ['minutes.pdf']]);
    expect((screen.getByLabelText('Uploading agenda.pdf') as HTMLProgressElement).value).toBe(0.4);
    expect(screen.getByRole('alert').textContent).toBe('This kind of file cannot be attached.');
  });
});
