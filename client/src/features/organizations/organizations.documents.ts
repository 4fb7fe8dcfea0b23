// GraphQL fragments of organizations that every feature's lists and pages select the same way.
import { graphql } from '../../gql';

/** An organization as lists name it: acronym and name, with its economy. */
export const OrgSummaryFragment = graphql(`
  fragment OrgSummary on Organization {
    id name acronym economy { code name }
  }
`);

/** Organizations the Secretariat may invite people into (every one, its own included). */
export const InviteTargetsQuery = graphql(`
  query InviteTargets {
    organizations(first: 100) { edges { node { ...OrgSummary kind } } }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { id email name role }
  }
`);
