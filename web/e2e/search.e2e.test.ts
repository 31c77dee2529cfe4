import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNeed, register, type Registered } from '../../server/test/fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { launchBrowser, newPerson, SCREENSHOTS, signIn } from './support/deal-fixtures';

/** Search that understands: English words find Russian titles; the OKPD2 picker suggests from the title. */

const TITLE = 'Подшипник шариковый радиальный 6205';

describe('search in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  let buyer: Registered & { organization: string };

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const organization = `АО «Подшипниковый завод ${Date.now() % 100_000}»`;
    buyer = { ...(await register(server.app, { name: organization, regionCode: '62' })), organization };
    // What another buyer already filed for the same kind of thing: its code is suggested for a like title.
    const other = await register(server.app, { regionCode: '50' });
    await postNeed(server.app, other.token, { publish: true, title: TITLE, okpd2: '28.15.10.112' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const width of [1280, 360]) {
    it(`finds a need titled in Russian by the English word "bearing" and suggests its code (${width} px)`, async () => {
      if (!server || !browser) throw new Error('the test server or browser did not start');
      const context = await newPerson(browser, width);
      const page = await context.newPage();
      await signIn(page, server.baseUrl, buyer);

      await page.goto(`${server.baseUrl}/needs`);
      await page.getByRole('heading', { level: 1, name: ru.needs.title }).waitFor();
      const words = page.getByRole('searchbox', { name: ru.needs.filters.q });
      await words.fill('bearing');
      await words.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === 'bearing');
      await page.getByRole('link', { name: TITLE }).waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}search-bearing-${width}.png`, fullPage: true });

      await page.goto(`${server.baseUrl}/needs/new`);
      await page.getByRole('heading', { level: 1, name: ru.needs.form.newTitle }).waitFor();
      // A typo still finds the bearings, the kind before its varieties.
      const picker = page.getByRole('combobox', { name: ru.needs.fields.okpd2 });
      await picker.fill('подшипнек');
      const options = page.getByRole('listbox', { name: ru.okpd2.listLabel }).getByRole('option');
      await options.first().waitFor();
      expect(await options.first().locator('.okpd2-code').textContent()).toBe('28.15');
      await page.screenshot({ path: `${SCREENSHOTS}okpd2-typo-${width}.png` });
      await picker.press('Escape');
      await picker.press('Escape');

      await page.getByLabel(ru.needs.fields.title, { exact: true }).fill('Подшипник шариковый 6305');
      const suggestions = page.getByRole('group', { name: ru.okpd2.suggested });
      const similar = suggestions.getByRole('button').filter({ hasText: '28.15.10.112' });
      await similar.waitFor();
      expect(await similar.textContent()).toContain(ru.okpd2.suggestedBecause.similar_needs);
      await page.screenshot({ path: `${SCREENSHOTS}okpd2-suggestions-${width}.png`, fullPage: true });
      await similar.click();
      expect(await picker.inputValue()).toContain('28.15.10.112');
      // A chosen code ends the suggestions; the path shows where it sits.
      await suggestions.waitFor({ state: 'detached' });
      await page
        .getByRole('list', { name: ru.okpd2.path })
        .getByText('28.15.10.112', { exact: true })
        .waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    });
  }

  it('suggests codes from the title in the capability form too', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const context = await newPerson(browser, 1280);
    const page = await context.newPage();
    await signIn(page, server.baseUrl, buyer);
    await page.goto(`${server.baseUrl}/capabilities/new`);
    await page.getByRole('heading', { level: 1, name: ru.capabilities.form.newTitle }).waitFor();
    await page
      .getByLabel(ru.capabilities.fields.title, { exact: true })
      .fill('Подшипники шариковые радиальные');
    const suggestions = page.getByRole('group', { name: ru.okpd2.suggested });
    const similar = suggestions.getByRole('button').filter({ hasText: '28.15.10.112' });
    await similar.waitFor();
    await similar.click();
    // The picked code joins the chosen list and the suggestions give way to "add a code".
    await page
      .getByRole('list', { name: ru.capabilities.form.chosenCodes })
      .getByText('28.15.10.112', { exact: true })
      .waitFor();
    await suggestions.waitFor({ state: 'detached' });
    await context.close();
  });
});
