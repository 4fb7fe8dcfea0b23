// A thread's messages as the message list shows them, and the people the composer offers to mention.
import type { MessageFieldsFragment as MessageData } from '../../gql/graphql';
import type { MessageView } from './components/MessageList';
import type { Person } from './components/Composer';

/** The workspace's members; authors of older messages who have left are still offered. */
export function mentionablePeople(members: Person[], messages: MessageData[], me: string | undefined): Person[] {
  const people: Person[] = members.filter((p) => p.id !== me);
  for (const m of messages) {
    if (m.author.id !== me && !people.some((p) => p.id === m.author.id)) people.push({ id: m.author.id, name: m.author.name, email: m.author.email, org: m.author.organization.acronym });
  }
  return people;
}

export function messageViews(messages: MessageData[], members: Person[], unread: Set<string> | null, me: string | undefined): MessageView[] {
  const names = Object.fromEntries([...members, ...messages.map((m) => m.author)].map((p) => [p.email.toLowerCase(), p.name]));
  return messages.map((m) => ({
    id: m.id,
    body: m.body ?? '',
    html: m.bodyHtml,
    authorName: m.author.name,
    authorOrg: m.author.organization.acronym,
    createdAt: m.createdAt,
    editedAt: m.editedAt,
    deleted: !!m.deletedAt,
    parentId: m.parent?.id ?? null,
    mentionNames: names,
    reactions: m.reactions.map((r) => ({ emoji: r.emoji, count: r.count, mine: r.reactedByMe })),
    unread: unread?.has(m.id) ?? false,
    mine: m.author.id === me,
    attachments: m.attachments,
  }));
}
