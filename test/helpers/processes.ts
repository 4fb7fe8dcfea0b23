// Real BCN Hub server processes (`node --import tsx server/src/main.ts`), as in production:
// several can run on one database. Ports are picked here (PORT=0 would not tell us the port).
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { once } from 'node:events';
import { until } from './live-client.js';

export type ServerProcess = {
  url: string;
  wsUrl: string;
  port: number;
  child: ChildProcess;
  output(): string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, any> }> }>;
  login(email: string, password?: string): Promise<string>;
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
};

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startServerProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  // BCN_NODE_ARGS adds node flags to the server, e.g. `--cpu-prof` when profiling the benchmark.
  const nodeArgs = (process.env.BCN_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/src/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      REDIS_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = once(child, 'exit');
  let exitCode: number | null | undefined;
  void exited.then(([code]) => (exitCode = code as number | null));
  await until(() => output.includes('BCN Hub ') || exitCode !== undefined, 45_000, () => output);
  if (exitCode !== undefined) throw new Error(`server exited with ${exitCode}:\n${output}`);
  const url = `http://127.0.0.1:${port}`;
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string | null) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return res.json() as Promise<any>;
  };
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    port,
    child,
    output: () => output,
    gql,
    async login(email, password = 'bcn-demo') {
      const r = await gql(`mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }`, { e: email, p: password });
      if (!r.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    async stop() {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGTERM');
      const [code] = await exited;
      return code as number | null;
    },
  };
}
