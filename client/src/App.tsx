import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      user { id name email role }
      organization { id name acronym }
    }
  }
`);

export function App() {
  const { data, loading, error } = useQuery(ViewerQuery);
  if (loading) return <p>Loading…</p>;
  if (error) return <p role="alert">Could not reach BCN Hub: {error.message}</p>;
  return (
    <main>
      <h1>BCN Hub</h1>
      <p>{data?.viewer?.user ? `Signed in as ${data.viewer.user.name}` : 'Not signed in.'}</p>
      <p>
        <a href="/graphiql">GraphiQL</a>
      </p>
    </main>
  );
}
