// Opaque bearer tokens: random, shown once, stored only as a SHA-256 hash. The prefix tells
// a session token from an API token without a lookup.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_PREFIX = 'bcs_';
export const API_TOKEN_PREFIX = 'bct_';

export function newToken(prefix: string): { token: string; hash: string } {
  const token = prefix + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Accepts `Bearer <token>` or the bare token (graphql-ws connectionParams often omit the word). */
export function parseAuthorization(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : value.trim();
}
