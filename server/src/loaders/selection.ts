// What a query asks for below the current field, so that a list joins the relations its items
// will need (one statement) and counts only when `totalCount` is selected.
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Dotted paths of the fields selected below the current one, e.g. `edges.node.author`, to `depth` levels. */
export function selectedPaths(info: GraphQLResolveInfo, depth = 3): Set<string> {
  const paths = new Set<string>();
  for (const node of info.fieldNodes) collect(node.selectionSet, '', depth, info.fragments, paths);
  return paths;
}

function collect(set: SelectionSetNode | undefined, prefix: string, depth: number, fragments: Record<string, FragmentDefinitionNode>, out: Set<string>): void {
  if (!set || depth === 0) return;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      const path = prefix + s.name.value;
      out.add(path);
      collect(s.selectionSet, `${path}.`, depth - 1, fragments, out);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      collect(s.selectionSet, prefix, depth, fragments, out);
    } else {
      collect(fragments[s.name.value]?.selectionSet, prefix, depth, fragments, out);
    }
  }
}

/** The relations among `relations` whose field is selected (at `prefix`), to be joined. */
export function selectedRelations<R extends string>(paths: Set<string>, prefix: string, relations: Partial<Record<string, R[]>>): R[] {
  const wanted = new Set<R>();
  for (const [field, joins] of Object.entries(relations)) if (paths.has(prefix + field)) for (const j of joins ?? []) wanted.add(j);
  return [...wanted].sort();
}
