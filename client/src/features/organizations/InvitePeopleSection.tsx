// Inviting people: an NPO admin invites colleagues into their own organization, the Secretariat
// into any. The invitee receives a link to choose their own password (nobody types a password
// for someone else); inviting a pending invitee again sends them a fresh link.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { Role } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { fieldErrors, onlyFieldErrors } from '../../ui/errors';
import { ErrorMessage } from '../../ui/State';
import { useViewer } from '../auth/ViewerContext';
import { InviteTargetsQuery, InviteUserMutation } from './organizations.documents';

const ROLE_LABEL: Record<Role, string> = { NPO_ADMIN: 'NPO administrator', NPO_MEMBER: 'NPO member', SECRETARIAT: 'Secretariat staff' };

/** Where the viewer may invite to (the Secretariat: any organization) and the roles that fit the chosen one. */
function useInviteTargets(orgId: string) {
  const { viewer, isSecretariat } = useViewer();
  const targets = useQuery(InviteTargetsQuery, { skip: !isSecretariat });
  const orgs = targets.data?.organizations.edges.map((e) => e.node) ?? [];
  const kind = isSecretariat ? orgs.find((o) => o.id === orgId)?.kind : viewer?.organization.kind;
  const roles: Role[] = kind === 'SECRETARIAT' ? ['SECRETARIAT'] : ['NPO_MEMBER', 'NPO_ADMIN'];
  return { isSecretariat, orgs, roles };
}

export function InvitePeopleSection() {
  const { viewer } = useViewer();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [orgId, setOrgId] = useState(viewer?.organization.id ?? '');
  const [role, setRole] = useState<Role | ''>('');
  const [invited, setInvited] = useState<string | null>(null);
  const [invite, r] = useMutation(InviteUserMutation);
  const { isSecretariat, orgs, roles } = useInviteTargets(orgId);
  const chosenRole = role && roles.includes(role) ? role : roles[0]!;
  const errors = fieldErrors(r.error);

  const submit = async () => {
    setInvited(null);
    const input = { email: email.trim(), name: name.trim(), role: chosenRole, ...(isSecretariat ? { organizationId: orgId } : {}) };
    const done = await invite({ variables: { input } }).catch(() => null);
    if (!done?.data) return;
    setInvited(done.data.inviteUser.email);
    setEmail('');
    setName('');
  };

  return (
    <section className="card stack" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite people</h2>
      <p className="muted small">They get an email with a link to choose their own password; it works once, for 7 days.</p>
      {invited ? <p role="status" data-testid="invited">Invitation sent to {invited}.</p> : null}
      <form className="stack" aria-label="Invite someone" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="grid">
          <Field label="Their email" error={errors.email}>
            <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} maxLength={254} required />
          </Field>
          <Field label="Their name" error={errors.name}>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />
          </Field>
          <TargetFields orgs={isSecretariat ? orgs : null} orgId={orgId} setOrgId={setOrgId} roles={roles} role={chosenRole} setRole={setRole} errors={errors} />
        </div>
        <ErrorMessage error={onlyFieldErrors(r.error, ['email', 'name', 'organizationId', 'role']) ? null : r.error} />
        <div><button type="submit" className="btn" disabled={r.loading || !email.trim() || !name.trim()}>Send invitation</button></div>
      </form>
    </section>
  );
}

type TargetProps = {
  /** Null: the viewer's own organization, not chosen here. */
  orgs: Array<{ id: string; acronym: string; name: string }> | null;
  orgId: string;
  setOrgId(id: string): void;
  roles: Role[];
  role: Role;
  setRole(role: Role): void;
  errors: Record<string, string>;
};

/** The organization (for the Secretariat) and the role the invitee gets. */
function TargetFields({ orgs, orgId, setOrgId, roles, role, setRole, errors }: TargetProps) {
  return (
    <>
      {orgs ? (
        <Field label="Organization" error={errors.organizationId}>
          <select value={orgId} onChange={(e) => setOrgId(e.target.value)}>
            {orgs.map((o) => <option key={o.id} value={o.id}>{o.acronym} — {o.name}</option>)}
          </select>
        </Field>
      ) : null}
      <Field label="Role" error={errors.role}>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {roles.map((x) => <option key={x} value={x}>{ROLE_LABEL[x]}</option>)}
        </select>
      </Field>
    </>
  );
}
