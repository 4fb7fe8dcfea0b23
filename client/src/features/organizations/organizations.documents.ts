// GraphQL fragments of organizations that every feature's lists and pages select the same way.
import { graphql } from '../../gql';

/** An organization as lists name it: acronym and name, with its economy. */
export const OrgSummaryFragment = graphql(`
  fragment OrgSummary on Organization {
    id name acronym economy { code name }
  }
`);
