// Reads a benchmarked process's memory from inside it, through the inspector protocol (the process
// runs with --inspect on a known port): a full garbage collection first, then process.memoryUsage().
// RSS read from outside depends on when V8 last collected and on pages it has not returned, so a
// reading of it moves by tens of KB per socket between runs; the live heap after a collection is
// what the process actually keeps. No code in the server for this: the benchmark asks V8.
import WebSocket from 'ws';

/**
 * A plain full collection (V8's gc()), then the reading. Not the inspector's
 * HeapProfiler.collectGarbage: that one collects "all available garbage", compiled code
 * included, and the events timed after it ran several times slower while the code was compiled again.
 */
const COLLECT_AND_READ = `(() => {
  process.getBuiltinModule('v8').setFlagsFromString('--expose-gc');
  process.getBuiltinModule('vm').runInNewContext('gc')();
  return JSON.stringify(process.memoryUsage());
})()`;

export type MemoryReading = { heapUsed: number; external: number; rss: number };
export type HeapReader = { read(): Promise<MemoryReading>; close(): void };

/** NODE_OPTIONS for a child to be read by `openHeapReader(port)`. */
export const inspectOn = (port: number) => `--inspect=127.0.0.1:${port}`;

export async function openHeapReader(port: number): Promise<HeapReader> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{ webSocketDebuggerUrl: string }>;
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let nextId = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
    pending.delete(msg.id!);
  });
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<any>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    async read() {
      const r = await call('Runtime.evaluate', { expression: COLLECT_AND_READ, returnByValue: true });
      const m = JSON.parse(r.result.value) as { heapUsed: number; external: number; rss: number };
      return { heapUsed: m.heapUsed, external: m.external, rss: m.rss };
    },
    close: () => socket.close(),
  };
}
