// The one check of every text a client sends, for every field of every operation and both
// transports: a NUL character or invalid UTF-16 (a lone surrogate) is BAD_USER_INPUT naming the
// field, before anything runs. PostgreSQL cannot store either, and no person types them.
import { Kind, visit, type DocumentNode, type GraphQLError, type ValueNode } from 'graphql';
import { ErrorCode } from '../errors.js';
import { apiError } from './limits.js';

/** NUL, or a high surrogate not followed by a low one, or a low one not preceded by a high one. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isBadText = (value: string): boolean => BAD_TEXT.test(value);

/** The first text input (literal or variable) holding NUL or a lone surrogate, as an error naming its field. */
export function textInputError(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  const fieldOfVariable = new Map<string, string>();
  let bad: string | null = null;
  const walkLiteral = (value: ValueNode, field: string): void => {
    if (bad) return;
    if (value.kind === Kind.STRING && isBadText(value.value)) bad = field;
    else if (value.kind === Kind.LIST) value.values.forEach((v) => walkLiteral(v, field));
    else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => walkLiteral(f.value, f.name.value));
    else if (value.kind === Kind.VARIABLE && !fieldOfVariable.has(value.name.value)) fieldOfVariable.set(value.name.value, field);
  };
  visit(document, {
    Argument: (node) => walkLiteral(node.value, node.name.value),
    VariableDefinition: (node) => {
      if (node.defaultValue) walkLiteral(node.defaultValue, node.variable.name.value);
    },
  });
  for (const [name, value] of Object.entries(variables ?? {})) {
    bad ??= badVariable(value, fieldOfVariable.get(name) ?? name, 0);
  }
  if (!bad) return null;
  return apiError(ErrorCode.BAD_USER_INPUT, `${bad} contains a character that is not allowed (NUL or invalid Unicode).`, { field: bad });
}

/** Depth-limited: a JSON body of 5,000 nested arrays must not overflow the stack here. */
function badVariable(value: unknown, field: string, depth: number): string | null {
  if (depth > 64) return null;
  if (typeof value === 'string') return isBadText(value) ? field : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = badVariable(item, field, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = isBadText(key) ? key : badVariable(item, key, depth + 1);
      if (found) return found;
    }
  }
  return null;
}
