// One outbound POST to a webhook endpoint: connects to the address resolveTarget checked (never
// a second DNS answer), follows no redirect (a 3xx is a failure), gives up after the timeout and
// reads at most 64 KB of the answer. Never throws: the outcome is recorded as an attempt.
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveTarget, UnsafeTargetError } from './webhook.address.js';

export const MAX_RESPONSE_BYTES = 64 * 1024;

export type PostOutcome = { ok: boolean; httpStatus: number | null; error: string | null; durationMs: number };

export async function postWebhook(
  rawUrl: string,
  headers: Record<string, string>,
  body: string,
  opts: { allowPrivate: boolean; timeoutMs: number },
): Promise<PostOutcome> {
  const started = performance.now();
  const done = (httpStatus: number | null, error: string | null): PostOutcome => ({
    ok: httpStatus !== null && httpStatus >= 200 && httpStatus < 300,
    httpStatus,
    error: error ?? (httpStatus !== null && (httpStatus < 200 || httpStatus >= 300) ? `HTTP ${httpStatus}` : null),
    durationMs: Math.round(performance.now() - started),
  });
  try {
    const target = await resolveTarget(rawUrl, opts.allowPrivate);
    const pinned: LookupFunction = (_host, options, callback) => {
      if ((options as { all?: boolean }).all) (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{ address: target.address, family: target.family }]);
      else callback(null, target.address, target.family);
    };
    const status = await send(target.url, pinned, headers, body, opts.timeoutMs);
    return done(status, null);
  } catch (e) {
    return done(null, e instanceof UnsafeTargetError ? e.message : errorText(e));
  }
}

function send(url: URL, lookup: LookupFunction, headers: Record<string, string>, body: string, timeoutMs: number): Promise<number> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<number>((resolve, reject) => {
    const req = client.request(url, {
      method: 'POST',
      agent: false,
      lookup,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'BCN-Hub-Webhooks/1.0' },
    });
    const timer = setTimeout(() => req.destroy(new Error(`No answer within ${timeoutMs / 1000} s.`)), timeoutMs);
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.on('response', (res) => {
      let received = 0;
      const finish = () => {
        clearTimeout(timer);
        resolve(res.statusCode ?? 0);
      };
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_RESPONSE_BYTES) {
          res.destroy(); // the status is all we need; the rest is not read
          finish();
        }
      });
      res.on('end', finish);
      res.on('error', finish);
    });
    req.end(body);
  });
}

function errorText(e: unknown): string {
  const err = e as { code?: string; message?: string };
  return [err.code, err.message].filter(Boolean).join(': ').slice(0, 500) || 'Request failed.';
}
