// Who is asking: a signed-in user, or an external tool's API token acting for its organization.
import { OrganizationKind } from '../organization/organization.entity.js';
import { Role } from '../user/user.entity.js';
import { ApiScope } from '../api-token/api-token.entity.js';

export type Viewer = {
  kind: 'session' | 'apiToken';
  /** Null for API tokens: they act for the organization, not a person. */
  userId: string | null;
  role: Role | null;
  organizationId: string;
  organizationKind: OrganizationKind;
  scopes: ApiScope[];
  sessionId?: string;
  apiTokenId?: string;
  /** When the credential stops working on its own. */
  expiresAt: Date | null;
};

export const isSecretariat = (v: Viewer | null | undefined): boolean =>
  v?.organizationKind === OrganizationKind.SECRETARIAT;

export const canWrite = (v: Viewer | null | undefined): boolean =>
  !!v && (v.kind === 'session' || v.scopes.includes(ApiScope.WRITE));

/** Reads outside GraphQL (exports, calendars) need a person or a token with the READ scope. */
export const canRead = (v: Viewer | null | undefined): boolean =>
  !!v && (v.kind === 'session' || v.scopes.includes(ApiScope.READ));
