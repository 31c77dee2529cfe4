import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../server/test/fixtures';
import { NEED_HEADERS, needRow, startImportWorker, xlsxOf } from '../../server/test/imports-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { launchBrowser, newPerson, SCREENSHOTS, signIn } from './support/deal-fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function upload(page: Page, name: string, rows: unknown[][]) {
  await page.getByLabel(ru.imports.fileLabel).setInputFiles({
    name,
    mimeType: XLSX,
    buffer: await xlsxOf([NEED_HEADERS, ...rows]),
  });
  await page.getByRole('button', { name: ru.imports.upload, exact: true }).click();
}

describe('importing needs from Excel through the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let worker: ReturnType<typeof startImportWorker> | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startTestServer();
    worker = startImportWorker(server);
    browser = await launchBrowser();
    context = await newPerson(browser);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await worker?.stop();
    await server?.stop();
  });

  it('shows the bad rows, imports the fixed file, and the bell tells how each import went', async () => {
    if (!server || !context) throw new Error('the test server or browser did not start');
    const organization = 'АО «Импортный завод»';
    const buyer = await register(server.app, { name: organization });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, { email: buyer.email, password: buyer.password, organization });

    await page.goto(`${server.baseUrl}/imports`);
    await page.getByRole('heading', { level: 1, name: ru.imports.title }).waitFor();
    await upload(page, 'с ошибкой.xlsx', [needRow(0), needRow(1, { Количество: 'много' })]);
    const errors = page.getByRole('table', { name: ru.imports.errors.caption });
    await errors.waitFor();
    // Excel row 3: the header is row 1.
    expect(await errors.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe('3');

    await upload(page, 'исправлено.xlsx', [needRow(0), needRow(1)]);
    await page.getByText(ru.imports.succeeded.replace('{{count, number}}', '2')).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: ru.imports.title }).waitFor();
    await page.getByRole('button', { name: ru.notifications.bellUnread.replace('{{n}}', '2') }).click();
    const panel = page.locator('.notification-panel');
    const succeeded = 'Импорт «исправлено.xlsx» завершён: загружено записей: 2';
    await panel.getByRole('link', { name: succeeded }).waitFor();
    await panel.getByRole('link', { name: /^Импорт «с ошибкой\.xlsx» не выполнен/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'import-notifications-1280.png') });

    await panel.getByRole('link', { name: succeeded }).click();
    await page.waitForURL(/\/imports\?kind=needs&import=[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Импорт файла «исправлено.xlsx»' }).waitFor();
  });
});
