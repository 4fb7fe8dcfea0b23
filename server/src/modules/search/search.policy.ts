// Who may find what, as SQL: the same rules as the features' policies (DESIGN.md "Who may see
// and do what"), written as predicates over the `v` row that every search statement starts
// with (see search.sql.ts), so that PostgreSQL leaves out what the viewer may not open before
// anything is ranked, counted or paged. Each predicate names the policy it mirrors; the search
// tests check that the counts equal what the same viewer gets from the ordinary queries.
import { isSecretariat, type Viewer } from '../auth/viewer.js';
import { visibleStatuses } from '../notification/notification.policy.js';

/** The viewer as the statement's parameters: Secretariat or not, organization, readable call statuses. */
export function viewerParams(viewer: Viewer | null): [boolean, string | null, string] {
  // The statuses go as one comma-separated text: the driver would spread an array into a list.
  return [isSecretariat(viewer), viewer?.organizationId ?? null, visibleStatuses(viewer).join(',')];
}

/** The `v` row: anonymous viewers have no organization, so every organization test below is false for them. */
export const VIEWER_ROW = `select ?::boolean as secretariat, ?::uuid as org, string_to_array(?, ',') as call_statuses`;

/** notification.policy.ts `visibleStatuses`: published and closed calls for all, every status for the Secretariat. */
export const callVisible = (n: string) => `${n}.status = any(v.call_statuses)`;

/**
 * proposal.policy.ts `visibleProposalsWhere`: the Secretariat; the sending NPO (drafts included);
 * an NPO once it is the host organization of a pairing of the proposal.
 */
export const proposalVisible = (p: string) =>
  `(v.secretariat or ${p}.sending_organization_id = v.org or exists (select 1 from pairing hosted where hosted.proposal_id = ${p}.id and hosted.host_organization_id = v.org))`;

/** pairing.policy.ts `visiblePairingsWhere`: the Secretariat and the pair's two NPOs; it covers the workspace (threads, messages, follow-ups). */
export const pairingVisible = (pa: string) => `(v.secretariat or ${pa}.sending_organization_id = v.org or ${pa}.host_organization_id = v.org)`;
