// A real HTTP endpoint on 127.0.0.1 for webhook tests: records every request (headers and raw
// body) and answers with the status `respond` picks (200 by default).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Received = { headers: Record<string, string>; body: string; json: any; status: number };

/** A status, or a status with extra headers and body, or `hang` (never answer). */
export type Answer = number | { status: number; headers?: Record<string, string>; body?: string } | 'hang';

export type Receiver = {
  url: string;
  received: Received[];
  /** Requests answered 2xx, by webhook-id. */
  delivered(): Received[];
  respond: (req: { index: number; body: string }) => Answer;
  close(): Promise<void>;
};

export async function startReceiver(respond: Receiver['respond'] = () => 200): Promise<Receiver> {
  const r: Receiver = {
    url: '',
    received: [],
    delivered: () => r.received.filter((x) => x.status >= 200 && x.status < 300),
    respond,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const answer = r.respond({ index: r.received.length, body });
      const a = typeof answer === 'number' ? { status: answer } : answer === 'hang' ? { status: 0 } : answer;
      r.received.push({ headers: req.headers as Record<string, string>, body, json: safeJson(body), status: a.status });
      if (answer === 'hang') return; // the socket stays open, unanswered
      res.writeHead(a.status, { 'content-type': 'text/plain', ...a.headers }).end(a.body ?? (a.status < 300 ? 'ok' : 'failing on purpose'));
    });
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return r;
}

/** Receivers started by one test file, closed together at its end. */
export function receiverPool(): { start(respond?: Receiver['respond']): Promise<Receiver>; closeAll(): Promise<void> } {
  const started: Receiver[] = [];
  return {
    async start(respond) {
      const r = await startReceiver(respond);
      started.push(r);
      return r;
    },
    async closeAll() {
      await Promise.all(started.map((r) => r.close()));
    },
  };
}

function safeJson(body: string): any {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}
