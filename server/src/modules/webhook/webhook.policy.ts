// Who may manage webhooks, and what a webhook may receive. An NPO_ADMIN manages their own
// organization's webhooks, the Secretariat the program-wide ones; an API token needs the WRITE
// scope and acts for its organization the same way. Anyone else is FORBIDDEN; another owner's
// webhook is NOT_FOUND. A webhook receives what its owner may see: the owner's viewer below,
// judged by the one audience rule (events/audience.ts canSeeEvent).
import { forbidden } from '../../errors.js';
import { canWrite, isSecretariat, type Viewer } from '../auth/viewer.js';
import { ApiScope } from '../api-token/api-token.entity.js';
import { OrganizationKind } from '../organization/organization.entity.js';
import { Role } from '../user/user.entity.js';

/** Whose webhooks the viewer manages: an organization's id, or null for the program-wide ones. */
export type WebhookOwner = { organizationId: string | null };

export function webhookOwnerOf(viewer: Viewer | null): WebhookOwner {
  if (!viewer || !canWrite(viewer)) throw forbidden('Managing webhooks needs an administrator, or an API token with the WRITE scope.');
  if (isSecretariat(viewer)) return { organizationId: null };
  if (viewer.kind === 'apiToken' || viewer.role === Role.NPO_ADMIN) return { organizationId: viewer.organizationId };
  throw forbidden('Only an NPO administrator (or the Secretariat) may manage webhooks.');
}

/** Whether the owner may manage this webhook (another owner's is reported as not found). */
export function ownsWebhook(owner: WebhookOwner, hook: { organization?: { id: string } | null }): boolean {
  return (hook.organization?.id ?? null) === owner.organizationId;
}

/**
 * The viewer whose sight a webhook has: its organization acting as an API token would, or the
 * Secretariat for a program-wide webhook. Null when the owner is gone (nothing is delivered).
 */
export function ownerViewer(org: { id: string; kind: OrganizationKind } | null, secretariatOrgId: string | null): Viewer | null {
  const organizationId = org?.id ?? secretariatOrgId;
  if (!organizationId) return null;
  return {
    kind: 'apiToken',
    userId: null,
    role: null,
    organizationId,
    organizationKind: org?.kind ?? OrganizationKind.SECRETARIAT,
    scopes: [ApiScope.READ],
    expiresAt: null,
  };
}

/** Whether a webhook subscribes to this event type (an empty list means every type). */
export const wantsEventType = (hook: { eventTypes: string[] }, type: string): boolean =>
  hook.eventTypes.length === 0 || hook.eventTypes.includes(type);
