// Who may see and do what in threads. Visibility follows the pairing (pairing.policy.ts): the
// two NPOs and the Secretariat. Writing a message, a reaction or a read marker needs a person
// (an API token has no author identity); editing and deleting a message only its author.
import { PairingStatus } from '../pairing/pairing.enums.js';
import { mayDoPairing, maySeePairing } from '../pairing/pairing.policy.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import type { Viewer } from '../auth/viewer.js';
import type { Message } from './message.entity.js';

export const canSeeWorkspace = (viewer: Viewer | null | undefined, p: Pairing): boolean => maySeePairing(viewer, p);

export const canTalkIn = (viewer: Viewer | null | undefined, p: Pairing): boolean => mayDoPairing(viewer, 'TALK', p);

export const isAuthorOf = (viewer: Viewer | null | undefined, m: Message): boolean => !!viewer?.userId && viewer.userId === m.author.id;

/** A declined or cancelled pairing's workspace is kept as a record, read-only. */
export const WORKSPACE_CLOSED: readonly PairingStatus[] = [PairingStatus.HOST_DECLINED, PairingStatus.CANCELLED];
