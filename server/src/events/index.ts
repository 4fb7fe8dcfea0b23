// The event log (the outbox), one module: writing events with a change (event-log.ts), reading
// them by id (event-reader.ts), the cursor codec and the audience rule. Realtime and the
// feature modules use the log only through this file (eslint.layers.js); an entity that points at
// an event (InboxItem) imports activity-event.entity.ts, the entity class, as db/entities.ts does.
export { EVENTS_CHANNEL, committedEventIds, runInTransaction, wroteEvents, type NewEvent, type RecordEvent } from './event-log.js';
export { countVisibleEvents, latestEventAbout, latestEventId, readEventsAfter, readEventsBefore, type EventRow } from './event-reader.js';
export { audienceSql, canSeeEvent, type EventAudience } from './audience.js';
export { compareIds, parseCursor } from './cursor.js';
export { ACTIVITY_EVENT_TYPES, isActivityEventType } from './event-types.js';
export { followLog, type LogCursor } from './log-follower.js';
