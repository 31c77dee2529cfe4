import dns from 'node:dns';
import net from 'node:net';

/**
 * Webhook receivers must be on the public internet: an organization's URL must not make the worker
 * call its own network (metadata services, databases, admin pages) — server-side request forgery.
 * The ranges below are those IANA marks as not globally reachable, plus NAT64 (which can reach IPv4
 * private space). IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) are checked as their IPv4 address.
 */
const NOT_PUBLIC = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const) {
  NOT_PUBLIC.addSubnet(prefix, bits, 'ipv4');
}
for (const [prefix, bits] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(prefix, bits, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The URL's host without IPv6 brackets. */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Why a URL cannot receive webhooks, judged from its text alone: a host that is an address outside the
 * public internet, or a name for this machine. Names are checked again, resolved, on every delivery.
 */
export function privateHostRefusal(url: string): string | null {
  // "localhost." is localhost too: a trailing dot only says the name is fully qualified.
  const host = hostOf(new URL(url)).toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine`;
  if (net.isIP(host) && !isPublicAddress(host)) return `${host} is not a public internet address`;
  return null;
}

/** Every address a host name has now (A and AAAA). */
export type HostResolver = (hostname: string) => Promise<string[]>;

const resolveHost: HostResolver = async (hostname) =>
  (await dns.promises.lookup(hostname, { all: true })).map((entry) => entry.address);

/** Resolves within `ms`, or undefined after it; the lookup itself cannot be cancelled. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * privateHostRefusal, and then the name resolved: a name for this machine (its host name, `localhost.`)
 * or for a private network is refused when the URL is saved, not only at delivery. A name that does not
 * resolve (yet), or not within `timeoutMs`, is accepted: the dispatcher resolves it on every delivery
 * and refuses it then (publicOnlyLookup), which is the guard that counts since answers change.
 */
export async function resolvedHostRefusal(
  url: string,
  { resolve = resolveHost, timeoutMs = 2000 }: { resolve?: HostResolver; timeoutMs?: number } = {},
): Promise<string | null> {
  const literal = privateHostRefusal(url);
  const host = hostOf(new URL(url));
  if (literal || net.isIP(host)) return literal;
  const addresses = await within(
    resolve(host).catch(() => undefined),
    timeoutMs,
  );
  const refused = addresses?.find((address) => !isPublicAddress(address));
  return refused ? `${host} resolves to ${refused}, not a public internet address` : null;
}

export class PrivateAddressError extends Error {}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for sockets (net.connect, undici's connector) that resolves the name and refuses it when
 * any of its addresses is not `allowed`: checked at connection time, the address that is checked is the
 * one connected to, so a name that changes its answer between checks (DNS rebinding) cannot slip through.
 */
export function checkedLookup(allowed: (address: string) => boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((entry) => !allowed(entry.address));
      const [first] = addresses;
      if (refused || !first) {
        const reason = refused ? `resolves to ${refused.address}` : 'has no address';
        return callback(new PrivateAddressError(`${hostname} ${reason}, not a public internet address`), []);
      }
      return options.all ? callback(null, addresses) : callback(null, first.address, first.family);
    });
  };
}

export const publicOnlyLookup = checkedLookup(isPublicAddress);

/** Refuses a URL whose host is itself a non-public address (sockets skip `lookup` for addresses). */
export function assertPublicLiteral(url: string): void {
  const host = hostOf(new URL(url));
  if (net.isIP(host) && !isPublicAddress(host)) {
    throw new PrivateAddressError(`${host} is not a public internet address`);
  }
}
