// The event log's position: what a live screen reads before its data (see apollo/event-cursor.ts).
import { graphql } from '../../gql';

export const EventCursorQuery = graphql(`
  query EventCursor {
    eventCursor
  }
`);
