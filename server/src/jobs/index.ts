// The jobs of one process: the engine (engine.ts) running the registry (tasks.ts), and the
// wake-up the realtime layer gives it when events commit (any instance's), so that webhook
// deliveries and mails start at once rather than at the next periodic dispatch.
import type { AppDeps } from '../deps.js';
import { startJobEngine } from './engine.js';
import { addJob, TaskName } from './queue.js';
import { crontabOf, jobEntityManager, taskList } from './tasks.js';

export type Jobs = {
  /** New events were committed: dispatch them (coalesced: one job per burst). */
  eventsCommitted(): void;
  stop(): Promise<void>;
};

/**
 * A burst of writes wakes the dispatcher once: the first wake-up after a quiet spell adds the job
 * at once, later ones within this window share one job added when it ends. A pass reads every
 * event committed before it starts, so no event waits longer than the window plus one pass; the
 * cron dispatch stays the safety net. (One job per commit cost the write path about as many
 * statements as the write itself.)
 */
const DISPATCH_WINDOW_MS = 100;

export async function startJobs(deps: AppDeps): Promise<Jobs> {
  const engine = await startJobEngine(deps, taskList(deps), crontabOf(deps.config));
  let stopped = false;
  let lastAdded = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  const add = () => {
    timer = null;
    if (stopped) return;
    lastAdded = performance.now();
    // One pending dispatch job of each at a time (its key); a running one is not replaced, a new one follows it.
    for (const task of [TaskName.webhookDispatch, TaskName.mailDispatch]) {
      addJob(jobEntityManager(deps), task, {}, { jobKey: task }).catch((err) =>
        deps.logger.warn({ err: String(err), module: 'jobs', task }, 'could not enqueue a dispatch; the periodic one will do'),
      );
    }
  };
  const dispatchSoon = () => {
    if (timer || stopped) return;
    timer = setTimeout(add, Math.max(0, lastAdded + DISPATCH_WINDOW_MS - performance.now()));
  };
  dispatchSoon(); // events committed while no instance ran
  return {
    eventsCommitted: dispatchSoon,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await engine.stop();
    },
  };
}
