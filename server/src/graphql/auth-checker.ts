// type-graphql's @Authorized: no role = signed in; Role.SECRETARIAT; Role.NPO_ADMIN (or the
// Secretariat). A read-only API token may call no mutation. Finer rules live in each
// feature's policy module.
import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';
import { canWrite, isSecretariat } from '../modules/auth/viewer.js';
import { Role } from '../modules/user/user.entity.js';

export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (info.parentType.name === 'Mutation' && !canWrite(viewer)) {
    throw forbidden('This API token is read-only: it cannot call mutations.');
  }
  if (roles.length === 0 || isSecretariat(viewer)) return true;
  if (roles.includes(Role.NPO_ADMIN) && viewer.role === Role.NPO_ADMIN) return true;
  throw forbidden(
    roles.includes(Role.SECRETARIAT)
      ? 'Only the APO Secretariat may do this.'
      : `This needs the role ${roles.join(' or ')}.`,
  );
};
