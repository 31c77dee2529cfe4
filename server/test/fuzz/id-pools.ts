import type { LightMyRequestResponse } from 'fastify';

/**
 * Ids of objects that exist, by kind ("needs", "bids", "organizations"…), learnt from the seeded
 * objects and from every successful answer, so a generated path id often names a real object of the
 * kind the route takes. Insertion-ordered: the same seed sends the same requests again.
 */
export class IdPools {
  private readonly byKind = new Map<string, string[]>();
  private readonly all: string[] = [];
  /** nextCursor values of the lists, under the kind "cursors". */
  private readonly cursors: string[] = [];

  add(kind: string, id: string) {
    if (!UUID.test(id)) return;
    const ids = this.byKind.get(kind) ?? [];
    if (!ids.includes(id) && ids.length < 300) ids.push(id);
    this.byKind.set(kind, ids);
    if (!this.all.includes(id) && this.all.length < 2000) this.all.push(id);
  }

  /** The n-th id of the kind (any kind when there is none of it yet). */
  pick(kind: string | undefined, n: number): string | undefined {
    if (kind === 'cursors') return this.cursors[n % Math.max(this.cursors.length, 1)];
    const ids = (kind && this.byKind.get(kind)) || this.all;
    return ids[n % Math.max(ids.length, 1)];
  }

  /** Learns the ids a JSON answer to `path` names: its objects' ids, and fields named like `needId`. */
  harvest(path: string, response: LightMyRequestResponse) {
    if (response.statusCode >= 300 || !String(response.headers['content-type'] ?? '').includes('json'))
      return;
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return;
    }
    this.walk(body, resourceOf(path), 0);
  }

  private walk(value: unknown, kind: string, depth: number) {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 50)) this.walk(item, kind, depth + 1);
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string') {
        if (key === 'id') this.add(kind, item);
        if (key === 'nextCursor' && this.cursors.length < 100 && !this.cursors.includes(item)) {
          this.cursors.push(item);
        }
        const named = kindOfName(key);
        if (named) this.add(named, item);
      } else {
        // `items` are of the listed kind; any other object is of an unknown kind (a buyer, a thread).
        this.walk(item, key === 'items' ? kind : (kindOfName(`${key}Id`) ?? key), depth + 1);
      }
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const plural = (word: string) => (word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`);

/** `needId` → needs, `buyerOrganizationId` → organizations, `capabilityId` → capabilities. */
export function kindOfName(name: string): string | undefined {
  const match = /([A-Z]?[a-z]+)Id$/.exec(name);
  return match ? plural(match[1]!.toLowerCase()) : undefined;
}

/** The last literal segment of a path: /needs/{id}/bids → bids, /needs → needs. */
export function resourceOf(path: string): string {
  const segments = path
    .split('?')[0]!
    .split('/')
    .filter((segment) => segment && !segment.startsWith('{'));
  return segments.at(-1) ?? '';
}

/** The kind a path parameter names: /needs/{id} → needs, /lots/{id}/bids/{bidId} → bids. */
export function kindOfParameter(path: string, name: string): string | undefined {
  if (name !== 'id') return kindOfName(name);
  const before = path.slice(0, path.indexOf(`{${name}}`));
  return resourceOf(before);
}
