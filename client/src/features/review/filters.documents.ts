// Lookups for the queue's filters.
import { graphql } from '../../gql';

export const EconomiesQuery = graphql(`
  query Economies {
    economies { code name }
  }
`);
