// Who may read /metrics: requests from this machine (loopback), and from elsewhere only with
// `Authorization: Bearer $METRICS_TOKEN` when one is configured. A request that came through a
// proxy (it carries Forwarded / X-Forwarded-For) is never taken for a local one, even when the
// proxy itself connects over loopback and TRUST_PROXY is off.
import { createHash, timingSafeEqual } from 'node:crypto';

export type ScrapeRequest = {
  /** The client address as http/client-address.ts determines it (TRUST_PROXY applied). */
  clientAddress: string;
  /** The TCP peer of the connection. */
  peerAddress: string | undefined;
  forwarded: boolean;
  authorization: string | undefined;
};

/** 200 = serve; 401 = a token is configured and was not presented; 403 = no token configured and not local. */
export function mayScrapeMetrics(req: ScrapeRequest, metricsToken: string | undefined): 200 | 401 | 403 {
  if (!req.forwarded && isLoopback(req.peerAddress) && isLoopback(req.clientAddress)) return 200;
  if (!metricsToken) return 403;
  const presented = /^Bearer\s+(.+)$/i.exec(req.authorization ?? '')?.[1]?.trim();
  return presented && sameSecret(presented, metricsToken) ? 200 : 401;
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/i, '');
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/** Constant-time over digests, so neither the content nor the length leaks through timing. */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
