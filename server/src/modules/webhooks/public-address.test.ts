import { describe, expect, it } from 'vitest';
import {
  checkedLookup,
  isPublicAddress,
  privateHostRefusal,
  publicOnlyLookup,
  resolvedHostRefusal,
} from './public-address';

const lookup = (hostname: string, all: boolean) =>
  new Promise<{ error: Error | null; address: unknown }>((resolve) =>
    publicOnlyLookup(hostname, { all }, (error, address) => resolve({ error, address })),
  );

describe('isPublicAddress', () => {
  it('refuses loopback, private, link-local, carrier-grade NAT, documentation and multicast addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '192.0.2.10',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fd12:3456::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:a00:1',
      '64:ff9b::a00:1',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('accepts public addresses and refuses what is not an address', () => {
    for (const address of ['8.8.8.8', '77.88.8.8', '172.32.0.1', '100.128.0.1', '2a02:6b8::2:242']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    expect(isPublicAddress('example.org')).toBe(false);
  });
});

describe('privateHostRefusal', () => {
  it('names hosts that are this machine or private addresses, and passes names and public addresses', () => {
    expect(privateHostRefusal('http://localhost:8080/hook')).toMatch(/this machine/);
    expect(privateHostRefusal('http://api.localhost/hook')).toMatch(/this machine/);
    expect(privateHostRefusal('http://LocalHost.:8080/hook')).toMatch(/this machine/);
    expect(privateHostRefusal('http://169.254.169.254/latest/meta-data')).toMatch(/not a public/);
    expect(privateHostRefusal('http://[::1]:3000/')).toMatch(/not a public/);
    expect(privateHostRefusal('https://hooks.example.org/zamena')).toBeNull();
    expect(privateHostRefusal('https://8.8.8.8/zamena')).toBeNull();
  });
});

describe('resolvedHostRefusal', () => {
  const resolvingTo = (addresses: string[]) => async () => addresses;

  it("refuses a name with any address outside the public internet, such as the machine's own name", async () => {
    const refusal = await resolvedHostRefusal('http://build-host:8080/hook', {
      resolve: resolvingTo(['8.8.8.8', '127.0.1.1']),
    });
    expect(refusal).toBe('build-host resolves to 127.0.1.1, not a public internet address');
    expect(
      await resolvedHostRefusal('http://db.internal/hook', { resolve: resolvingTo(['10.0.0.5']) }),
    ).toMatch(/not a public internet address/);
  });

  it('accepts public names, and names that do not resolve now (delivery checks them again)', async () => {
    expect(
      await resolvedHostRefusal('https://hooks.example.org/z', { resolve: resolvingTo(['8.8.8.8']) }),
    ).toBeNull();
    const failing = async () => Promise.reject(new Error('ENOTFOUND'));
    expect(await resolvedHostRefusal('https://hooks.example.org/z', { resolve: failing })).toBeNull();
    const never = () => new Promise<string[]>(() => undefined);
    expect(
      await resolvedHostRefusal('https://slow.example.org/z', { resolve: never, timeoutMs: 10 }),
    ).toBeNull();
  });

  it('judges addresses by their text without resolving anything', async () => {
    const resolve = async () => expect.unreachable() as never;
    expect(await resolvedHostRefusal('http://10.0.0.1/hook', { resolve })).toMatch(/not a public/);
    expect(await resolvedHostRefusal('https://8.8.8.8/hook', { resolve })).toBeNull();
  });
});

describe('publicOnlyLookup', () => {
  it('refuses a name that resolves to this machine, in both callback forms', async () => {
    for (const all of [false, true]) {
      const { error } = await lookup('localhost', all);
      expect(error?.message).toMatch(/resolves to .*not a public internet address/);
    }
  });
});

describe('checkedLookup', () => {
  it('answers an allowed name in the form the socket asked for', async () => {
    const allowLoopback = checkedLookup((address) => address === '127.0.0.1');
    const single = await new Promise<unknown[]>((resolve) =>
      allowLoopback('localhost', { family: 4 }, (...args) => resolve(args)),
    );
    expect(single).toEqual([null, '127.0.0.1', 4]);
    const all = await new Promise<unknown[]>((resolve) =>
      allowLoopback('localhost', { family: 4, all: true }, (...args) => resolve(args)),
    );
    expect(all).toEqual([null, [{ address: '127.0.0.1', family: 4 }]]);
  });
});
