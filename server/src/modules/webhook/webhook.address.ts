// Where a webhook may point: http(s) URLs whose host resolves only to public addresses. Loopback,
// private, link-local (cloud metadata lives there), CGNAT, "this network", multicast and
// reserved ranges are refused unless WEBHOOK_ALLOW_PRIVATE is set (tests, the demo). The address
// checked is the address connected to (webhook.http.ts pins it), so DNS cannot change in between.
import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';

const refused = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) refused.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
  // NAT64 can reach any IPv4 address, private ones included. (IPv4-mapped ::ffff:a.b.c.d needs no
  // rule: BlockList checks it against the IPv4 rules above.)
  ['64:ff9b::', 96],
] as const) refused.addSubnet(net, bits, 'ipv6');

export type ResolvedTarget = { url: URL; host: string; address: string; family: 4 | 6 };

export class UnsafeTargetError extends Error {}

/** Parses and resolves a webhook URL; throws UnsafeTargetError with a sentence a person can act on. */
export async function resolveTarget(raw: string, allowPrivate: boolean): Promise<ResolvedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeTargetError('The URL is not valid.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UnsafeTargetError('Only http and https URLs are allowed.');
  if (url.username || url.password) throw new UnsafeTargetError('The URL must not carry a user name or password.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = await addressesOf(host);
  const bad = addresses.find((a) => refused.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4'));
  if (bad && !allowPrivate) {
    throw new UnsafeTargetError(`${host} resolves to ${bad.address}, a loopback, private, link-local or reserved address; webhooks must point at a public address.`);
  }
  const [first] = addresses;
  return { url, host, address: first.address, family: first.family === 6 ? 6 : 4 };
}

async function addressesOf(host: string): Promise<Array<{ address: string; family: number }>> {
  if (isIP(host)) return [{ address: host, family: isIP(host) }];
  try {
    const found = await lookup(host, { all: true, verbatim: true });
    if (found.length === 0) throw new Error('no address');
    return found;
  } catch {
    throw new UnsafeTargetError(`The host name ${host} does not resolve.`);
  }
}
