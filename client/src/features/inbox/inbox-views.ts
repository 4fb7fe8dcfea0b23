// Which stored inbox views a new alert joins at the top: those newest first whose text filter it
// matches (as the server's filter does: part of the summary, any case). A view sorted otherwise
// shows it when it is next loaded; the unread count moves in every view.
type InboxKeyArgs = { orderBy?: { field?: string; direction?: string } | null; filter?: { text?: string | null } | null };

export function placesNewAlertFirst(keyArgs: Record<string, unknown>, summary: string): boolean {
  const { orderBy, filter } = keyArgs as InboxKeyArgs;
  const newestFirst = !orderBy || (orderBy.field === 'CREATED_AT' && orderBy.direction !== 'ASC');
  const text = filter?.text?.trim().toLowerCase();
  return newestFirst && (!text || summary.toLowerCase().includes(text));
}
