import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { App } from '../../../server/src/app';
import { postNeed, register } from '../../../server/test/fixtures';
import { postCapability } from '../../../server/test/matching-fixtures';
import { startTestServer, TEST_WEB_DIST } from '../../../server/test/test-server';
import { call, createAnalyst, nextYear, verify, type Account } from './deal-fixtures';

/**
 * One of each kind of organization and a deal between two regions, made through the API, so that
 * the accessibility and screenshot tests see every main page filled in, not only its empty state.
 */
/**
 * The server on a private copy of the built client: a rebuild of web/dist while the test runs (another
 * build in the same tree) would otherwise swap the lazy chunks' hashed names under the open pages.
 */
export async function startPagesServer() {
  const dist = mkdtempSync(join(tmpdir(), 'zamena-web-'));
  cpSync(TEST_WEB_DIST, dist, { recursive: true });
  // Every page of every role, at two widths, within a minute and from one IP: the rate limits are not under test.
  const server = await startTestServer({
    WEB_DIST_DIR: dist,
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

export type PagesWorld = {
  buyer: Account;
  supplier: Account;
  centre: Account;
  analyst: Account;
  needId: string;
  capabilityId: string;
  orderId: string;
  supplierOrganizationId: string;
};

export async function seedPagesWorld(app: App): Promise<PagesWorld> {
  const suffix = randomUUID().slice(0, 6);
  const buyerName = `АО «Рязанский станкозавод ${suffix}»`;
  const supplierName = `ООО «Омский подшипниковый завод ${suffix}»`;
  const buyer = await register(app, { regionCode: '62', name: buyerName });
  const supplier = await register(app, { regionCode: '55', name: supplierName });
  await verify(app, supplier.organizationId);
  const centreName = `Центр поддержки предпринимательства Рязанской области ${suffix}`;
  const centre = await register(app, { kind: 'center', regionCode: '62', name: centreName });
  await verify(app, centre.organizationId);
  const analyst = await createAnalyst(app);

  const capability = await postCapability(app, supplier.token, { leadTimeDays: 40 });
  const need = await postNeed(app, buyer.token, { publish: true, neededBy: nextYear() });
  await postNeed(app, buyer.token, {
    publish: true,
    title: 'Уплотнение манжетное 2.2-50×70',
    okpd2: '22.19.73.120',
    replaces: 'Freudenberg BA 50×70',
    critical: false,
  });
  const bid = await call(app, 'POST', `/needs/${need.id}/bids`, supplier.token, {
    unitPrice: '790.00',
    quantity: '600',
    leadTimeDays: 40,
    validUntil: nextYear(),
    comment: 'Серийная продукция, ГОСТ 27365',
    capabilityId: capability.id,
  });
  await postNeed(app, buyer.token, {
    publish: true,
    title: 'Подшипник шариковый 6205',
    okpd2: '28.15.10.110',
  });
  const order = await app.inject({
    method: 'POST',
    url: `/api/v1/bids/${bid.id}/accept`,
    headers: { authorization: `Bearer ${buyer.token}`, 'idempotency-key': `pages-${suffix}-accept` },
  });
  if (order.statusCode !== 201 && order.statusCode !== 200) {
    throw new Error(`accept answered ${order.statusCode}: ${order.body}`);
  }
  return {
    buyer: { email: buyer.email, password: buyer.password, organization: buyerName },
    supplier: { email: supplier.email, password: supplier.password, organization: supplierName },
    centre: { email: centre.email, password: centre.password, organization: centreName },
    analyst,
    needId: need.id as string,
    capabilityId: capability.id,
    orderId: (order.json() as { id: string }).id,
    supplierOrganizationId: supplier.organizationId,
  };
}

export type Role = 'guest' | 'buyer' | 'supplier' | 'centre' | 'analyst';
export type MainPage = { name: string; role: Role; path: (world: PagesWorld) => string };

/**
 * The pages of the product, each as the role that uses it most: every route a signed-in person of
 * these roles can reach (the administrator's support measures and a pooled lot, which needs the lots
 * worker, are checked by their own tests).
 */
export const MAIN_PAGES: MainPage[] = [
  { name: 'landing', role: 'guest', path: () => '/' },
  { name: 'catalogue', role: 'guest', path: () => '/catalogue' },
  { name: 'sign-in', role: 'guest', path: () => '/sign-in' },
  { name: 'register', role: 'guest', path: () => '/register' },
  { name: 'forgot-password', role: 'guest', path: () => '/forgot-password' },
  { name: 'not-found', role: 'guest', path: () => '/no-such-page' },
  { name: 'dashboard-enterprise', role: 'buyer', path: () => '/' },
  { name: 'dashboard-centre', role: 'centre', path: () => '/' },
  { name: 'dashboard-association', role: 'analyst', path: () => '/' },
  { name: 'needs-list', role: 'buyer', path: () => '/needs' },
  { name: 'need-detail', role: 'buyer', path: (world) => `/needs/${world.needId}` },
  { name: 'need-form', role: 'buyer', path: () => '/needs/new' },
  { name: 'need-edit', role: 'buyer', path: (world) => `/needs/${world.needId}/edit` },
  { name: 'capabilities-list', role: 'supplier', path: () => '/capabilities' },
  { name: 'capability-detail', role: 'supplier', path: (world) => `/capabilities/${world.capabilityId}` },
  { name: 'capability-form', role: 'supplier', path: () => '/capabilities/new' },
  { name: 'capability-edit', role: 'supplier', path: (world) => `/capabilities/${world.capabilityId}/edit` },
  { name: 'imports', role: 'buyer', path: () => '/imports' },
  { name: 'bids', role: 'supplier', path: () => '/bids' },
  { name: 'orders', role: 'buyer', path: () => '/orders' },
  { name: 'order-detail', role: 'buyer', path: (world) => `/orders/${world.orderId}` },
  { name: 'notifications', role: 'supplier', path: () => '/notifications' },
  { name: 'review', role: 'analyst', path: () => '/review' },
  { name: 'analytics', role: 'analyst', path: () => '/analytics' },
  { name: 'analytics-map', role: 'analyst', path: () => '/analytics?tab=map' },
  { name: 'analytics-bottlenecks', role: 'analyst', path: () => '/analytics?tab=bottlenecks' },
  { name: 'analytics-niches', role: 'analyst', path: () => '/analytics?tab=niches' },
  { name: 'analytics-centre-map', role: 'centre', path: () => '/analytics?tab=map' },
  { name: 'lots', role: 'analyst', path: () => '/lots' },
  { name: 'bids-analyst', role: 'analyst', path: () => '/bids' },
  { name: 'subscriptions', role: 'buyer', path: () => '/subscriptions' },
  {
    name: 'organization-profile',
    role: 'buyer',
    path: (world) => `/organizations/${world.supplierOrganizationId}`,
  },
  { name: 'organization-settings', role: 'buyer', path: () => '/settings/organization' },
  { name: 'account', role: 'supplier', path: () => '/account' },
  { name: 'console', role: 'analyst', path: () => '/console' },
  { name: 'console-search', role: 'analyst', path: () => '/console/search' },
];

/** Opens a page and waits until its h1 is there and no skeleton or spinner is left. */
export async function openPage(page: Page, url: string) {
  await page.goto(url);
  const heading = page.getByRole('heading', { level: 1 }).first();
  await heading.waitFor().catch(async (error: unknown) => {
    // What the page showed instead, for whoever reads the failure.
    await page.screenshot({ path: join(tmpdir(), `zamena-failed-${Date.now()}.png`), fullPage: true });
    throw error;
  });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .spinner'), undefined, {
    timeout: 15_000,
  });
}
