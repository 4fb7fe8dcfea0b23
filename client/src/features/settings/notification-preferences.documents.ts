// GraphQL documents of a person's email preferences (one delivery choice per kind of alert).
import { graphql } from '../../gql';

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences { kind delivery }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {
    updateNotificationPreferences(input: $input) { kind delivery }
  }
`);
