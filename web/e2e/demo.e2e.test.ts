import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEEDS } from '../../server/scripts/demo/data/catalogue';
import { BIDS } from '../../server/scripts/demo/data/deals';
import { SIGN_INS } from '../../server/scripts/demo/data/organizations';
import { signInLines } from '../../server/scripts/demo/printout';
import { DEMO_LIMITS, dropDemoQueues, loadDemoInto } from '../../server/test/demo-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { launchBrowser, newPerson, SCREENSHOTS } from './support/deal-fixtures';

type Role = (typeof SIGN_INS)[number]['role'];

const titlesOf = (keys: (need: (typeof NEEDS)[number]) => boolean) =>
  NEEDS.filter(keys).map((need) => need.title);

/** What each role's dashboard lists: the needs (or the orders and bids on needs) it has to do with. */
const EXPECTED: Record<Role, string[]> = {
  centre: titlesOf((need) => need.buyer === 'buyer.ryazan' || need.buyer === 'kasimov.hydro'),
  buyer: titlesOf((need) => need.buyer === 'buyer.ryazan'),
  manufacturer: titlesOf((need) => BIDS.some((bid) => bid.maker === 'maker.omsk' && bid.need === need.key)),
  analyst: titlesOf(() => true),
  admin: titlesOf(() => true),
};

/** The e-mail and password of each account line `npm run demo` prints. */
function printedSignIns(lines: string[]) {
  return lines.flatMap((line) => {
    const found = /^\s+.+?\s{2,}(\S+@\S+)\s{2,}(.+)$/.exec(line);
    return found ? [{ email: found[1]!, password: found[2]!.trim() }] : [];
  });
}

describe('the demo exchange in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  let printed: { email: string; password: string }[] = [];

  beforeAll(async () => {
    server = await startTestServer(DEMO_LIMITS);
    const outcome = await loadDemoInto(server);
    printed = printedSignIns(signInLines(server.baseUrl, outcome));
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (server) await dropDemoQueues(server);
    await server?.stop();
  });

  it('prints one sign-in per role', () => {
    expect(printed.map((signIn) => signIn.email)).toEqual(SIGN_INS.map((signIn) => signIn.email));
  });

  for (const { role, email } of SIGN_INS) {
    it(`signs in as the ${role} and sees the dashboard filled with the demo's data`, async () => {
      if (!server || !browser) throw new Error('the test server did not start');
      const account = printed.find((signIn) => signIn.email === email);
      if (!account) throw new Error(`no printed sign-in for ${email}`);
      for (const width of [1280, 360]) {
        const person = await newPerson(browser, width);
        try {
          const page = await person.newPage();
          await page.goto(`${server.baseUrl}/sign-in`);
          await page.getByLabel(ru.signIn.email, { exact: true }).fill(account.email);
          await page.getByLabel(ru.signIn.password, { exact: true }).fill(account.password);
          await page.getByRole('button', { name: ru.signIn.submit, exact: true }).click();
          await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
          // What the user reads: at least one of the demo's products named on the dashboard.
          const shown = await page.waitForFunction(
            (titles) => titles.find((title) => document.body.innerText.includes(title)) ?? false,
            EXPECTED[role],
          );
          expect(EXPECTED[role]).toContain(await shown.jsonValue());
          await page.screenshot({
            path: `${SCREENSHOTS}demo-dashboard-${role}-${width}.png`,
            fullPage: true,
          });
        } finally {
          await person.close();
        }
      }
    });
  }
});
