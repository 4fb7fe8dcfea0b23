// Who may read and change mail preferences: a signed-in person, their own only. An API token
// acts for an organization, not a person, and has no mailbox: FORBIDDEN.
import { forbidden, unauthenticated } from '../../errors.js';
import type { Viewer } from '../auth/viewer.js';

/** The user whose preferences the viewer manages. */
export function preferencesOwner(viewer: Viewer | null): string {
  if (!viewer) throw unauthenticated('Sign in to manage your email notifications.');
  if (viewer.kind !== 'session' || !viewer.userId) throw forbidden('Email notifications belong to a person; an API token has none.');
  return viewer.userId;
}
