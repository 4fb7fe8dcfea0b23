// The client's address, the same way for HTTP requests and WebSocket upgrades: the socket's
// peer, or — only when TRUST_PROXY says the proxy in front may be believed — the address that
// proxy put in X-Forwarded-For. Per-address budgets and caps key on it, so a client must not be
// able to choose it by sending a header.
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { Config } from '../config.js';

export type TrustFn = (address: string, hop: number) => boolean;

export function trustOf(setting: Config['trustProxy']): TrustFn {
  if (setting === true) return () => true;
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyaddr.compile(setting.split(',').map((s) => s.trim()).filter(Boolean));
}

export function clientAddressOf(req: IncomingMessage, trust: TrustFn): string {
  if (!req.socket?.remoteAddress) return 'unknown';
  return proxyaddr(req as Parameters<typeof proxyaddr>[0], trust);
}
