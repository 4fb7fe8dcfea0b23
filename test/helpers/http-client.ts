// A GraphQL-over-HTTP client for one server (in-process or a real process): queries with an
// optional bearer token, and sign-in as a demo user.
export type GqlResult<T = any> = { data?: T; errors?: Array<{ message: string; extensions?: Record<string, any> }>; extensions?: Record<string, any> };

export type HttpClient = {
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  login(email: string, password?: string): Promise<string>;
};

export function httpClient(baseUrl: string): HttpClient {
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string | null) => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult;
  };
  return {
    gql,
    async login(email, password = 'bcn-demo') {
      const r = await gql(`mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }`, { e: email, p: password });
      if (!r.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
  };
}
