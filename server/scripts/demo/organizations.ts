import { sessionSchema } from '@zamena/shared/auth/auth.schemas';
import { organizationSchema } from '@zamena/shared/organizations/organizations.schemas';
import { z } from 'zod';
import type { App } from '../../src/app';
import type { DemoApi } from './api';
import {
  DEMO_ADMIN,
  DEMO_ASSOCIATION,
  DEMO_PASSWORD,
  emailOf,
  ORGANIZATIONS,
  type DemoOrganization,
} from './data/organizations';

/** A signed-in demo organization: what the later steps act as. */
export type Party = { token: string; organizationId: string; regionCode: string };

export type Cast = {
  admin: Party;
  analyst: Party;
  /** By the organization's key in the data file. */
  parties: ReadonlyMap<string, Party>;
};

const signIn = async (api: DemoApi, email: string): Promise<Party> => {
  const session = await api(sessionSchema, 'POST', '/auth/login', null, { email, password: DEMO_PASSWORD });
  return {
    token: session.accessToken,
    organizationId: session.organization.id,
    regionCode: session.organization.regionCode,
  };
};

async function register(api: DemoApi, organization: DemoOrganization): Promise<Party> {
  const session = await api(sessionSchema, 'POST', '/auth/register', null, {
    email: emailOf(organization.key),
    password: DEMO_PASSWORD,
    fullName: organization.person,
    language: 'ru',
    organization: {
      name: organization.name,
      kind: organization.kind,
      inn: organization.inn,
      ogrn: organization.ogrn,
      regionCode: organization.regionCode,
      ...(organization.cluster ? { cluster: organization.cluster } : {}),
    },
  });
  const party = {
    token: session.accessToken,
    organizationId: session.organization.id,
    regionCode: organization.regionCode,
  };
  // Verified enterprises agree to be named in open data; the others stay anonymised there.
  await api(organizationSchema, 'PATCH', `/organizations/${party.organizationId}`, party.token, {
    contacts: { email: emailOf(organization.key), phone: organization.phone },
    openDataConsent: organization.kind === 'enterprise' && organization.verified,
  });
  return party;
}

/**
 * The administrator (created as ADMIN_EMAIL creates it at start), the association and its analyst
 * (created by the administrator), then every centre and enterprise registering itself, as they would
 * in the client; the analyst verifies those the data marks verified.
 */
export async function createOrganizations(app: App, api: DemoApi): Promise<Cast> {
  await app.services.auth.ensureAdmin(DEMO_ADMIN.email, DEMO_PASSWORD);
  const admin = await signIn(api, DEMO_ADMIN.email);
  const { organization: association } = await api(
    z.object({ organization: organizationSchema }),
    'POST',
    '/organizations',
    admin.token,
    {
      organization: {
        name: DEMO_ASSOCIATION.name,
        kind: 'association',
        inn: DEMO_ASSOCIATION.inn,
        ogrn: DEMO_ASSOCIATION.ogrn,
        regionCode: DEMO_ASSOCIATION.regionCode,
      },
      owner: { ...DEMO_ASSOCIATION.analyst, password: DEMO_PASSWORD },
    },
  );
  await api(organizationSchema, 'POST', `/organizations/${association.id}/verify`, admin.token);
  const analyst = await signIn(api, DEMO_ASSOCIATION.analyst.email);

  const parties = new Map<string, Party>();
  for (const organization of ORGANIZATIONS) {
    const party = await register(api, organization);
    parties.set(organization.key, party);
    if (organization.verified) {
      await api(organizationSchema, 'POST', `/organizations/${party.organizationId}/verify`, analyst.token);
    }
  }
  return { admin, analyst, parties };
}

/** The party of a key the data names; a typo in the data file stops the load with its name. */
export function partyOf(cast: Cast, key: string): Party {
  const party = cast.parties.get(key);
  if (!party) throw new Error(`the demo data names an unknown organization: ${key}`);
  return party;
}
