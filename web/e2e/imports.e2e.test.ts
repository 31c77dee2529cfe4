import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../server/test/fixtures';
import { NEED_HEADERS, needRow, startImportWorker, xlsxOf } from '../../server/test/imports-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { launchBrowser, newPerson, SCREENSHOTS, signIn } from './support/deal-fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One row with nine problems, one per column, as a newcomer might fill it in. */
const NINE_PROBLEMS = {
  Наименование: 'Пб',
  ОКПД2: '99.99.99.999',
  'ТН ВЭД': '84-82',
  Количество: '−5',
  'Ед. изм. (ОКЕИ)': 'бочка',
  'Целевая цена за ед., руб.': '850,555',
  'Срок поставки': '31.02.2030',
  'Регион поставки (код)': 'Атлантида',
  Критично: 'может быть',
} as const;

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

  it('reports all nine problems of one row in one upload and offers the file with them marked', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const organization = 'АО «Девять ошибок»';
    const buyer = await register(server.app, { name: organization });
    for (const width of [1280, 360]) {
      const person = await newPerson(browser, width);
      const page = await person.newPage();
      await signIn(page, server.baseUrl, { email: buyer.email, password: buyer.password, organization });
      await page.goto(`${server.baseUrl}/imports`);
      await page.getByRole('heading', { level: 1, name: ru.imports.title }).waitFor();
      await upload(page, 'девять.xlsx', [needRow(0), needRow(1, NINE_PROBLEMS)]);

      const errors = page.getByRole('table', { name: ru.imports.errors.caption });
      await errors.waitFor();
      const rows = errors.getByRole('row');
      expect(await rows.count()).toBe(1 + 9);
      const texts = await errors.locator('tbody').innerText();
      expect(texts).toContain('Должно быть больше нуля.');
      expect(texts).toContain('Единицы «бочка» нет в списке. Выберите её из списка в ячейке шаблона');
      expect(texts).toContain('Напишите дату в формате ДД.ММ.ГГГГ');
      await page
        .getByText(ru.imports.failedRows.replace('{{count}}', '1').replace('{{problems}}', '9'))
        .waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `import-nine-problems-${width}.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: ru.imports.downloadAnnotated }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('девять-errors.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer);
      const note = String(workbook.worksheets[0]!.getCell(3, NEED_HEADERS.length + 1).value);
      expect(note.split('\n')).toHaveLength(9);
      await person.close();
    }
  });
});
