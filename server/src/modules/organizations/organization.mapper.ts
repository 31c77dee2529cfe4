import type {
  Organization,
  OrganizationRef,
  VerificationStatus,
} from '@zamena/shared/organizations/organizations.schemas';
import type { OrganizationRow } from './organizations.repo';

export const verificationStatusOf = (
  row: Pick<OrganizationRow, 'verified' | 'verificationRefusedAt'>,
): VerificationStatus => (row.verified ? 'verified' : row.verificationRefusedAt ? 'refused' : 'pending');

export function toOrganization(row: OrganizationRow, withPrivate: boolean): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Organization['kind'],
    inn: row.inn,
    ogrn: row.ogrn,
    regionCode: row.regionCode,
    verified: row.verified,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    verificationStatus: verificationStatusOf(row),
    ...(withPrivate ? { verificationReason: row.verificationReason } : {}),
    cluster:
      row.clusterType && row.clusterName
        ? { type: row.clusterType as NonNullable<Organization['cluster']>['type'], name: row.clusterName }
        : null,
    openDataConsent: row.openDataConsent,
    ...(withPrivate ? { contacts: row.contacts } : {}),
    createdAt: row.createdAt.toISOString(),
  };
}

export const toOrganizationRef = (row: Pick<OrganizationRow, 'id' | 'name' | 'regionCode' | 'verified'>) =>
  ({
    id: row.id,
    name: row.name,
    regionCode: row.regionCode,
    verified: row.verified,
  }) satisfies OrganizationRef;
