import { randomInt } from 'node:crypto';
import type { App } from '../src/app';

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** A random legal-entity INN with a correct check digit. */
export function randomInn(): string {
  const digits = Array.from({ length: 9 }, (_, i) => (i === 0 ? randomInt(1, 10) : randomInt(0, 10)));
  const check = (INN_WEIGHTS.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11) % 10;
  return [...digits, check].join('');
}

/** A random 13-digit OGRN with a correct check digit. */
export function randomOgrn(): string {
  const body = `1${Array.from({ length: 11 }, () => randomInt(0, 10)).join('')}`;
  return `${body}${Number((BigInt(body) % 11n) % 10n)}`;
}

let counter = 0;
export const uniqueEmail = (label = 'user') =>
  `${label}.${Date.now()}.${++counter}.${randomInt(1e6)}@example.ru`;

export type Registered = {
  token: string;
  userId: string;
  organizationId: string;
  email: string;
  password: string;
  cookie: string;
};

export async function register(
  app: App,
  options: { kind?: 'enterprise' | 'center'; regionCode?: string; name?: string } = {},
): Promise<Registered> {
  const email = uniqueEmail(options.kind ?? 'enterprise');
  const password = 'correct horse battery';
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: {
      email,
      password,
      fullName: 'Ирина Петрова',
      organization: {
        name: options.name ?? `АО Завод ${counter}`,
        kind: options.kind ?? 'enterprise',
        inn: randomInn(),
        ogrn: randomOgrn(),
        regionCode: options.regionCode ?? '62',
      },
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  const cookie = response.cookies.find((c) => c.name === 'zamena_refresh');
  return {
    token: body.accessToken,
    userId: body.user.id,
    organizationId: body.organization.id,
    email,
    password,
    cookie: cookie!.value,
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Creates the platform admin (as ADMIN_EMAIL does on first start) and signs in. */
export async function signInAdmin(app: App): Promise<{ token: string; organizationId: string }> {
  const email = uniqueEmail('admin');
  const password = 'admin password 1';
  await app.services.auth.ensureAdmin(email, password);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  return { token: response.json().accessToken, organizationId: response.json().organization.id };
}

/** An association with its owner, created by the admin; returns the owner's session. */
export async function createAssociationMember(
  app: App,
  adminToken: string,
): Promise<{ token: string; organizationId: string }> {
  const email = uniqueEmail('analyst');
  const password = 'analyst password 1';
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/organizations',
    headers: bearer(adminToken),
    payload: {
      organization: {
        name: 'Ассоциация импортозамещения',
        kind: 'association',
        inn: randomInn(),
        ogrn: randomOgrn(),
        regionCode: '77',
      },
      owner: { email, fullName: 'Анна Аналитик', password },
    },
  });
  if (created.statusCode !== 201) throw new Error(`association failed: ${created.body}`);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  return { token: response.json().accessToken, organizationId: response.json().organization.id };
}

/** A centre of `regionCode`, verified by the administrator so it may act for its region. */
export async function registerVerifiedCentre(app: App, adminToken: string, regionCode = '62') {
  const centre = await register(app, { kind: 'center', regionCode });
  const verified = await app.inject({
    method: 'POST',
    url: `/api/v1/organizations/${centre.organizationId}/verify`,
    headers: bearer(adminToken),
  });
  if (verified.statusCode !== 200) throw new Error(`verify failed: ${verified.body}`);
  return centre;
}

/** A valid POST /needs body (DESIGN.md §5 example); override any field. */
export const needBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Подшипник роликовый конический 7510',
  description: 'Для редукторов конвейерной линии',
  okpd2: '28.15.10.120',
  quantity: '1200',
  unit: '796',
  targetUnitPrice: '850.00',
  neededBy: '2030-03-01',
  deliveryRegionCode: '62',
  replaces: 'SKF 32210',
  critical: true,
  ...overrides,
});

/** Posts a need and returns its body; fails the test on anything but 201. */
export async function postNeed(app: App, token: string, overrides: Record<string, unknown> = {}) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/needs',
    headers: bearer(token),
    payload: needBody(overrides),
  });
  if (response.statusCode !== 201)
    throw new Error(`post need failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; version: number; status: string; [key: string]: unknown };
}
