// The durable job engine: graphile-worker on the application's PostgreSQL. One runner per
// process; any number of processes share the queue (jobs are taken with row locks). Its schema
// (graphile_worker) is migrated at start by graphile-worker itself. Signals are left to main.ts:
// the runner is stopped by the server's stop(), after in-flight jobs finish.
import { Logger as WorkerLogger, run, runMigrations, type Runner, type RunnerOptions, type TaskList } from 'graphile-worker';
import pg from 'pg';
import type { AppDeps } from '../deps.js';

export type JobEngine = { stop(): Promise<void> };

/** Creates or updates graphile-worker's own schema (graphile_worker) in the database at `url`. */
export function migrateJobSchema(url: string): Promise<void> {
  return runMigrations({ connectionString: url });
}

/** `crontab` in graphile-worker's format, e.g. `* * * * * webhook_dispatch` (each minute, once across instances). */
export async function startJobEngine(deps: AppDeps, taskList: TaskList, crontab: string): Promise<JobEngine> {
  // Our own pool rather than graphile-worker's: its releaser neither awaits pool.end() nor keeps an
  // error listener meanwhile, so a connection closing after stop() (the database restarted or
  // dropped) was an uncaught 'error' event. This one is ended, and listened to, until it is gone.
  const pool = new pg.Pool({ connectionString: String(deps.orm.config.get('clientUrl')), max: deps.config.jobs.concurrency + 2 });
  const connectionFailed = (err: Error) => deps.logger.warn({ err: String(err), module: 'jobs' }, 'a job connection failed; it is replaced');
  pool.on('error', connectionFailed); // idle connections
  pool.on('connect', (client) => client.on('error', connectionFailed)); // checked-out ones
  const options: RunnerOptions = {
    pgPool: pool,
    concurrency: deps.config.jobs.concurrency,
    pollInterval: deps.config.jobs.pollIntervalMs,
    noHandleSignals: true,
    logger: workerLogger(deps),
    taskList,
    crontab,
  };
  let runner: Runner;
  try {
    await runMigrations(options);
    survivePostgresRestarts(deps);
    runner = await run(options);
  } catch (e) {
    await pool.end();
    throw e;
  }
  let stopped: Promise<void> | null = null;
  return {
    stop() {
      stopped ??= runner.stop().finally(() => pool.end());
      return stopped;
    },
  };
}

/** graphile-worker's messages through the process's pino logger. */
function workerLogger(deps: AppDeps): WorkerLogger {
  return new WorkerLogger(() => (level, message, meta) => {
    const log = deps.logger.child({ module: 'jobs' });
    const fields = meta ?? {};
    const name = String(level);
    if (name === 'error') log.error(fields, message);
    else if (name === 'warning') log.warn(fields, message);
    // graphile-worker says "Completed task …" at info for every job: that is debug for us.
    else if (name === 'info') log.debug(fields, message);
    else log.debug(fields, message);
  });
}

let guarded = false;

/**
 * graphile-worker 0.17.3 does not await marking a job complete or failed when jobs are not
 * batched (worker.js `completeJob(job)`), so a PostgreSQL restart at that moment is an unhandled
 * rejection, which ends a Node process. Such a job stays locked and is run again once its lock
 * expires, where our handlers find it settled: it is safe to log and go on. Every other unhandled
 * rejection is thrown as before (as an uncaught exception, Node's own default).
 */
function survivePostgresRestarts(deps: AppDeps): void {
  if (guarded) return;
  guarded = true;
  process.on('unhandledRejection', (reason) => {
    const stack = reason instanceof Error ? (reason.stack ?? '') : '';
    if (/graphile-worker/.test(stack) && /(complete|fail)Jobs/.test(stack)) {
      deps.logger.warn({ err: String(reason), module: 'jobs' }, 'could not mark a job done (database away); it will run again and find itself settled');
      return;
    }
    throw reason;
  });
}
