// Reads the server's error contract (extensions.code, extensions.field/fields) out of Apollo errors.
import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

/** The first error's code; NETWORK when the server could not be reached at all. */
export function errorCode(error: unknown): ErrorCode | undefined {
  if (!error) return undefined;
  if (CombinedGraphQLErrors.is(error)) return (error.errors[0]?.extensions?.code as ErrorCode) ?? 'INTERNAL_SERVER_ERROR';
  return 'NETWORK';
}

/** A message a person can act on. */
export function errorMessage(error: unknown): string {
  if (!error) return '';
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join(' ');
  const message = (error as { message?: string }).message;
  return `BCN Hub could not be reached (${message ?? 'network error'}). Check your connection and try again.`;
}

/**
 * Field-level messages from BAD_USER_INPUT errors: `extensions.fields` (class-validator: every
 * field) or `extensions.field` (a service rule: one field). Keys are input field names.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return out;
  for (const e of error.errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions.fields as Array<{ field: string; messages: string[] }> | undefined;
    if (Array.isArray(fields) && fields.length > 0) {
      for (const f of fields) out[formKey(f.field)] ??= f.messages.map((m) => plainMessage(m)).join(' ');
    } else if (typeof e.extensions.field === 'string') {
      out[formKey(e.extensions.field)] ??= e.message;
    }
  }
  return out;
}

/**
 * The form field an error path belongs to: `input.topic` and `topic` name `topic`;
 * `agenda.0.endsAt` or `agenda[0].endsAt` name the `agenda` list as a whole.
 */
export const formKey = (field: string) => field.replace(/^input\./, '').split(/[.[]/)[0] ?? field;

/** True when every error is a field error the form shows next to one of `keys`. */
export function onlyFieldErrors(error: unknown, keys: readonly string[]): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  return error.errors.every((e) => {
    if (e.extensions?.code !== 'BAD_USER_INPUT') return false;
    const fields = e.extensions.fields as Array<{ field: string }> | undefined;
    const names = Array.isArray(fields) && fields.length ? fields.map((f) => f.field) : [e.extensions.field as string | undefined];
    return names.every((n) => typeof n === 'string' && keys.includes(formKey(n)));
  });
}

/** `onlineLink` → "online link". */
const words = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// The validator's stock sentences ("topic must be longer than or equal to 1 characters") in the
// words a person uses. Only the wording changes: which rule applies stays the server's.
const PLAIN: Array<[RegExp, (field: string, n: string) => string]> = [
  [/^(\w+) must be longer than or equal to 1 characters?$/, (f) => `Please fill in the ${f}.`],
  [/^(\w+) should not be empty$/, (f) => `Please fill in the ${f}.`],
  [/^(\w+) must be longer than or equal to (\d+) characters$/, (f, n) => `${capital(f)} needs at least ${n} characters.`],
  [/^(\w+) must be shorter than or equal to (\d+) characters$/, (f, n) => `${capital(f)} can have at most ${n} characters.`],
  [/^(\w+) must be a URL address$/, (f) => `${capital(f)} must be a web address starting with https://.`],
  [/^(\w+) must be an email$/, () => 'Enter an email address like name@example.org.'],
  [/^(\w+) must be a valid ISO 8601 date string$/, (f) => `${capital(f)} must be a real date.`],
  [/^(\w+) must contain no more than (\d+) elements$/, (f, n) => `At most ${n} ${f}.`],
  [/^(\w+) must not be greater than (\d+)$/, (f, n) => `${capital(f)} can be at most ${n}.`],
  [/^(\w+) must not be less than (\d+)$/, (f, n) => `${capital(f)} must be at least ${n}.`],
];

export function plainMessage(message: string): string {
  for (const [pattern, say] of PLAIN) {
    const m = pattern.exec(message);
    if (m) return say(words(m[1]!), m[2] ?? '');
  }
  return message;
}
