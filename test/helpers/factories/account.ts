// Account mail for tests: the GraphQL of invitations and resets, and the token of a mailed link.
import { randomUUID } from 'node:crypto';

export const A = {
  invite: `mutation($input: InviteUserInput!){ inviteUser(input:$input){ id email name role organization { acronym } } }`,
  accept: `mutation($token: String!, $password: String!){ acceptInvitation(token:$token, password:$password){ token user { id email } expiresAt } }`,
  request: `mutation($email: String!){ requestPasswordReset(email:$email) }`,
  reset: `mutation($token: String!, $password: String!){ resetPassword(token:$token, password:$password){ token user { id email } expiresAt } }`,
  viewer: `{ viewer { user { email } } }`,
};

export const INVALID_LINK = 'This link is invalid or has expired.';

/** A fresh address nobody has. */
export const newAddress = (label = 'invitee') => `${label}-${randomUUID().slice(0, 8)}@example.test`;

/** The token of the link to `path` (e.g. `/accept-invitation`) in a mail's text. */
export function tokenIn(text: string | undefined, path: string): string {
  const m = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(text ?? '');
  if (!m) throw new Error(`no ${path} link in:\n${text}`);
  return m[1];
}
