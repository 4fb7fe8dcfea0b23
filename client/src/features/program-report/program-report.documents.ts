// GraphQL documents of the program report on the dashboard: the report of a year (and call), and
// the same report carried by dashboardChanged so that it updates live.
import { graphql } from '../../gql';

export const ProgramReportFieldsFragment = graphql(`
  fragment ProgramReportFields on ProgramReport {
    year notificationId cursor generatedAt
    proposalsByStatus { status count }
    meetingsByEconomy { economy { id code name } asSender asHost }
    modalityMix { modality count }
    participantsByQualification { qualification count }
    topics { topic count }
    followUps { agreed inProgress completed }
    medianDaysSubmissionToDecision medianDaysDecisionToMeeting reportsOverdue
    byMonth { month proposalsSubmitted decisions meetingsHeld }
  }
`);

export const ProgramReportQuery = graphql(`
  query ProgramReport($year: Int!, $notificationId: ID) {
    programReport(year: $year, notificationId: $notificationId) { ...ProgramReportFields }
  }
`);

export const ProgramReportChangedSubscription = graphql(`
  subscription ProgramReportChanged($after: String, $year: Int!, $notificationId: ID) {
    dashboardChanged(after: $after) {
      cursor
      dashboard { programReport(year: $year, notificationId: $notificationId) { ...ProgramReportFields } }
    }
  }
`);

export const ReportCallsQuery = graphql(`
  query ReportCalls {
    projectNotifications(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) { edges { node { id projectCode title } } }
  }
`);
