import { createHmac } from 'node:crypto';
import type { OcdsQuery, OcdsReleasePackage } from '@zamena/shared/open-data/open-data.schemas';
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { toRelease } from './ocds.mapper';
import { createOpenDataRepo } from './open-data.repo';

type Deps = {
  db: Db;
  /** Where the API is reached from outside: package and paging links. */
  publicUrl: string;
  /** Keys the pseudonyms of organizations that did not agree to be named. */
  anonymisationSecret: string;
  clock?: () => Date;
};

const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export function createOpenDataService({
  db,
  publicUrl,
  anonymisationSecret,
  clock = () => new Date(),
}: Deps) {
  const repo = createOpenDataRepo(db);
  const base = publicUrl.replace(/\/$/, '');
  const endpoint = `${base}/api/v1/open-data/ocds`;

  /**
   * A stable pseudonym per organization: the same undisclosed buyer is recognisable across releases,
   * but keyed (HMAC), so nobody can test organization ids against it.
   */
  const anonymise = (organizationId: string) =>
    createHmac('sha256', anonymisationSecret)
      .update(`ocds-anonymous-party:${organizationId}`)
      .digest('hex')
      .slice(0, 16);

  const link = (query: Record<string, string | undefined>) => {
    const params = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ).toString();
    return params ? `${endpoint}?${params}` : endpoint;
  };

  return {
    /** Accepted orders as an OCDS 1.1 release package, oldest change first; `links.next` pages on. */
    async releasePackage(query: OcdsQuery): Promise<OcdsReleasePackage> {
      const rows = await repo.orders({
        since: query.since,
        after: query.cursor ? decodeCursor(query.cursor, 'date') : undefined,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const next =
        rows.length > query.limit && last
          ? encodeCursor({ sort: 'date', key: last.sortKey, id: last.order.id })
          : undefined;
      return {
        uri: link({ since: query.since, cursor: query.cursor }),
        version: '1.1',
        publishedDate: clock().toISOString(),
        publisher: { name: 'Замена — межрегиональная биржа импортозамещения', uri: base },
        license: LICENSE,
        publicationPolicy: `${base}/api/docs`,
        releases: page.map((row) => toRelease(row, anonymise)),
        ...(next
          ? { links: { next: link({ since: query.since, limit: String(query.limit), cursor: next }) } }
          : {}),
      };
    },
  };
}
export type OpenDataService = ReturnType<typeof createOpenDataService>;
