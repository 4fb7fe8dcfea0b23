// GraphQL shapes around CalendarFeed: the one-time result of createCalendarFeed and the connection.
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/connection.type.js';
import { CalendarFeed } from './calendar-feed.entity.js';

@ObjectType({ description: 'The feed URL is shown only here, once; the server keeps only a hash of its secret.' })
export class CreatedCalendarFeed {
  @Field(() => CalendarFeed)
  calendarFeed!: CalendarFeed;

  @Field(() => String, { description: 'Absolute URL, /calendar/feeds/<secret>.ics: subscribe to it in a calendar app. Anyone holding it sees the meetings.' })
  url!: string;
}

export const CalendarFeedConnection = ConnectionType(CalendarFeed, 'CalendarFeed');
