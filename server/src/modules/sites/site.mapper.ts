import {
  type Residency,
  residencyStatusSchema,
  type Site,
  siteKindSchema,
} from '@zamena/shared/sites/sites.schemas';
import type { ResidencyWithNames, SiteRow } from './sites.repo';

// The columns' check constraints hold the same lists as the shared enums.
export const toSite = (row: SiteRow): Site => ({
  id: row.id,
  name: row.name,
  kind: siteKindSchema.parse(row.kind),
  regionCode: row.regionCode,
  lat: row.lat,
  lon: row.lon,
  okpd2Prefixes: row.okpd2Prefixes,
  benefits: row.benefits,
  sourceUrl: row.sourceUrl,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toResidency = ({ residency, organizationName, site }: ResidencyWithNames): Residency => ({
  id: residency.id,
  organizationId: residency.organizationId,
  organizationName,
  site: { ...site, kind: siteKindSchema.parse(site.kind) },
  status: residencyStatusSchema.parse(residency.status),
  reason: residency.reason,
  decidedAt: residency.decidedAt?.toISOString() ?? null,
  createdAt: residency.createdAt.toISOString(),
});

/** What audit events keep: the written fields. */
export function toSiteAudit(row: SiteRow) {
  const { createdAt: _created, updatedAt: _updated, ...fields } = row;
  return fields;
}
