// GraphQL documents of calendar feeds: secret URLs a calendar app subscribes to.
import { graphql } from '../../gql';

export const CalendarFeedFieldsFragment = graphql(`
  fragment CalendarFeedFields on CalendarFeed {
    id description createdAt revokedAt
  }
`);

export const CalendarFeedsQuery = graphql(`
  query CalendarFeeds($first: Int, $after: String) {
    calendarFeeds(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...CalendarFeedFields } }
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {
    createCalendarFeed(input: $input) { url calendarFeed { ...CalendarFeedFields } }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($id: ID!) {
    revokeCalendarFeed(id: $id) { ...CalendarFeedFields }
  }
`);
