// Which subscriptions ask the same question of each event: the same document (the guard hands
// every socket the same parsed document for the same text) and the same variables — except the
// root field's `after`, which only says where the replay starts and never changes a payload, so
// that clients resuming from different cursors still share.
import { getOperationAST, Kind, visit, type DocumentNode } from 'graphql';

const documentIds = new WeakMap<DocumentNode, number>();
let nextId = 0;

/** Computed once per subscription, when it starts. */
export function subscriptionKey(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): string {
  let id = documentIds.get(document);
  if (id === undefined) documentIds.set(document, (id = nextId++));
  const afterVariable = afterVariableOf(document, operationName);
  const asked = Object.entries(variables ?? {})
    .filter(([name]) => name !== afterVariable)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${id}\u0000${operationName ?? ''}\u0000${JSON.stringify(asked)}`;
}

/** The variable given as the root field's `after`, when it is used nowhere else. */
function afterVariableOf(document: DocumentNode, operationName: string | null | undefined): string | null {
  const root = getOperationAST(document, operationName ?? undefined)?.selectionSet.selections[0];
  if (root?.kind !== Kind.FIELD) return null;
  const after = root.arguments?.find((a) => a.name.value === 'after')?.value;
  if (after?.kind !== Kind.VARIABLE) return null;
  let uses = 0;
  visit(document, { Variable: (v) => void (v.name.value === after.name.value && uses++) });
  // Once in its definition, once as `after`.
  return uses === 2 ? after.name.value : null;
}
