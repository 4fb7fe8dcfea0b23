// GraphQL documents of the Calls screens (project notifications and their rounds).
import { graphql } from '../../gql';

export const CallsQuery = graphql(`
  query Calls($first: Int, $after: String, $status: NotificationStatus, $search: String, $orderBy: ListOrder) {
    projectNotifications(first: $first, after: $after, status: $status, search: $search, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id projectCode title status modality timingStart timingEnd
          rounds { id ordinal closesOn closesAt isOpen }
          currentRound { id ordinal closesOn closesAt }
        }
      }
    }
  }
`);

export const CallQuery = graphql(`
  query Call($id: ID!) {
    projectNotification(id: $id) {
      id referenceNo projectCode title issueDate timingStart timingEnd
      hostingEconomies hostingAllMembers venueCities venueAllMembers modality
      implementingOrganizations participatingEconomies participatingAllMembers
      participantLimits { modality max }
      overseasParticipantsText localParticipants localParticipantsText
      closingDateText remarks objectives rationale background topics outcome qualifications
      signatory signatoryTitle status version
      extraFields { label value }
      rounds { id ordinal closesOn closesAt isOpen }
      currentRound { id ordinal closesOn closesAt }
    }
  }
`);
