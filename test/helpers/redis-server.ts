// A Redis of the test's own for the Redis-mode tests: the machine's redis-server binary on a free
// port, keeping nothing on disk, stopped after the file. So `npm test` needs no Redis running,
// and a run's pub/sub never meets another run's.
import { spawn } from 'node:child_process';
import { freePort } from './processes.js';

export type RedisServer = { url: string; stop(): Promise<void> };

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'ignore'], // Redis logs to stdout, its fatal errors included
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.once('error', (err) => reject(new Error(`redis-server did not start (${err.message}); the Redis-mode tests need it (Debian package redis-server)`)));
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    const read = (chunk: Buffer) => {
      output += chunk;
      if (!output.includes('Ready to accept connections')) return;
      child.stdout!.off('data', read).resume(); // read no more: the log is not needed once it is ready
      resolve();
    };
    child.stdout!.on('data', read);
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
