// Real BCN Hub server processes (`node --import tsx server/src/main.ts`), as in production:
// several can run on one database. Ports are picked here (PORT=0 would not tell us the port).
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { once } from 'node:events';
import { httpClient, type HttpClient } from './http-client.js';
import { until } from './live-client.js';

export type ServerProcess = HttpClient & {
  url: string;
  wsUrl: string;
  port: number;
  child: ChildProcess;
  output(): string;
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
};

const READY_BANNER = /BCN Hub\s+http:\/\//;

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function spawnServer(port: number, databaseUrl: string, env: Record<string, string>): ChildProcess {
  // BCN_NODE_ARGS adds node flags to the server, e.g. `--cpu-prof` when profiling the benchmark.
  const nodeArgs = (process.env.BCN_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/src/main.ts'], {
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
}

export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
  // Benchmarks on a busy machine may need longer for the first start (migrations, demo seed).
  readyTimeoutMs = 45_000,
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawnServer(port, databaseUrl, env);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = once(child, 'exit');
  let exitCode: number | null | undefined;
  void exited.then(([code]) => (exitCode = code as number | null));
  // Ready only on the welcome banner (`BCN Hub   http://…`): the fatal "BCN Hub failed to start"
  // line also names the product, and matching it would hand a dying process to the test.
  const ready = () => READY_BANNER.test(output);
  const failed = () => exitCode !== undefined || output.includes('failed to start');
  await until(() => ready() || failed(), readyTimeoutMs, () => output).catch((e) => {
    child.kill('SIGTERM');
    throw e;
  });
  if (!ready()) {
    await exited;
    throw new Error(`server did not start (exit ${exitCode}):\n${output}`);
  }
  const url = `http://127.0.0.1:${port}`;
  return {
    ...httpClient(url),
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    port,
    child,
    output: () => output,
    async stop() {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGTERM');
      const [code] = await exited;
      return code as number | null;
    },
  };
}
