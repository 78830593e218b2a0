import { randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Loopback, private, link-local, carrier-grade NAT, multicast and reserved ranges. */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

export type VerificationResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const isPrivateAddress = (address: string): boolean =>
  PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

/**
 * Whether Parley may call the URL: http(s) only, and outside development no address on the
 * server's own networks, or a callback URL would let an app probe them. The check resolves the
 * name, so a public name pointing inside is refused too.
 */
export async function checkCallbackUrl(url: string, allowPrivate: boolean): Promise<VerificationResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'The callback URL is not a valid URL' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { ok: false, reason: 'The callback URL must be http or https' };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, reason: 'The callback URL must not carry credentials' };
  }
  if (allowPrivate) return { ok: true };
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses =
      isIP(host) !== 0 ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return { ok: false, reason: `The callback host ${host} could not be resolved` };
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    return { ok: false, reason: 'The callback URL points at a private or loopback address' };
  }
  return { ok: true };
}

/**
 * Contract 5.1: the handshake before a callback URL is accepted. Parley sends
 * `GET url?hub.mode=subscribe&hub.challenge=…&hub.verify_token=…`; the receiver proves it is the
 * app's by answering 200 with the bare challenge.
 */
export async function verifyCallback(
  url: string,
  verifyToken: string,
  options: { readonly allowPrivate: boolean; readonly timeoutMs?: number },
): Promise<VerificationResult> {
  const allowed = await checkCallbackUrl(url, options.allowPrivate);
  if (!allowed.ok) return allowed;
  const challenge = String(BigInt(`0x${randomBytes(8).toString('hex')}`));
  const target = new URL(url);
  target.searchParams.set('hub.mode', 'subscribe');
  target.searchParams.set('hub.challenge', challenge);
  target.searchParams.set('hub.verify_token', verifyToken);
  try {
    const response = await fetch(target, {
      headers: { 'user-agent': 'facebookexternalua' },
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    const body = (await response.text()).trim();
    if (response.status !== 200)
      return { ok: false, reason: `The callback answered HTTP ${response.status}` };
    if (body !== challenge) return { ok: false, reason: 'The callback did not echo hub.challenge' };
    return { ok: true };
  } catch {
    return { ok: false, reason: 'The callback could not be reached' };
  }
}
