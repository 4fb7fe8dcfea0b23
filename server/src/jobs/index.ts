// The jobs of one process: the engine (engine.ts) running the registry (tasks.ts), and the
// wake-up the realtime layer gives it when events commit (any instance's), so that webhook
// deliveries and mails start at once rather than at the next periodic dispatch.
import type { AppDeps } from '../deps.js';
import { startJobEngine } from './engine.js';
import { addJob, TaskName } from './queue.js';
import { CRONTAB, jobEntityManager, taskList } from './tasks.js';

export type Jobs = {
  /** New events were committed: dispatch them (coalesced: one job per burst). */
  eventsCommitted(): void;
  stop(): Promise<void>;
};

export async function startJobs(deps: AppDeps): Promise<Jobs> {
  const engine = await startJobEngine(deps, taskList(deps), CRONTAB);
  let queued = false;
  let stopped = false;
  const dispatchSoon = () => {
    if (queued || stopped) return;
    queued = true;
    setImmediate(() => {
      queued = false;
      if (stopped) return;
      // One pending dispatch job of each at a time (its key); a running one is not replaced, a new one follows it.
      for (const task of [TaskName.webhookDispatch, TaskName.mailDispatch]) {
        addJob(jobEntityManager(deps), task, {}, { jobKey: task }).catch((err) =>
          deps.logger.warn({ err: String(err), module: 'jobs', task }, 'could not enqueue a dispatch; the periodic one will do'),
        );
      }
    });
  };
  dispatchSoon(); // events committed while no instance ran
  return {
    eventsCommitted: dispatchSoon,
    async stop() {
      stopped = true;
      await engine.stop();
    },
  };
}
