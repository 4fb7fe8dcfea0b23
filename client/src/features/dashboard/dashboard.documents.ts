// GraphQL documents of the Secretariat dashboard: counts, rounds closing soon, the activity feed.
import { graphql } from '../../gql';

export const DashboardFieldsFragment = graphql(`
  fragment DashboardFields on Dashboard {
    cursor generatedAt
    proposalsByStatus { status count }
    pairingsByStatus { status count }
    economies { economy { code name } proposals pairingsSending pairingsHosting }
    roundsClosingSoon { notificationId notificationTitle submittedProposals round { id ordinal closesOn closesAt } }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard {
    dashboard { ...DashboardFields }
    activity(first: 30) {
      edges { cursor node { ...ActivityItem } }
    }
  }
`);

export const ActivityItemFragment = graphql(`
  fragment ActivityItem on ActivityEvent {
    id cursor type subjectType subjectId createdAt payload
    actor { id name organization { acronym } }
  }
`);

export const DashboardChangedSubscription = graphql(`
  subscription DashboardChanged($after: String) {
    dashboardChanged(after: $after) { cursor dashboard { ...DashboardFields } }
  }
`);

export const ActivitySubscription = graphql(`
  subscription Activity($after: String) {
    activity(after: $after) { ...ActivityItem }
  }
`);
