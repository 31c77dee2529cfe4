import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfDocument, pdfToBuffer } from '../../server/src/lib/pdf/pdf-document';
import { acceptedOrder, api, openNeed, postBid } from '../../server/test/bids-fixtures';
import { postNeed, register } from '../../server/test/fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { launchBrowser, newPerson, SCREENSHOTS, signIn, type Account } from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const buyerName = `АО «Рязанский станкозавод ${suffix}»`;
const supplierName = `ООО «Уральская механика ${suffix}»`;
const a = ru.attachments;
const SHOTS = process.env.ATTACHMENT_SHOTS_DIR ?? SCREENSHOTS;

/** A one-page drawing with Cyrillic text and a few lines, as a CAD export would look. */
async function drawingPdf(): Promise<Buffer> {
  const doc = createPdfDocument('Вал 40Х');
  doc.font('bold').fontSize(20).text('Вал приводной 40Х — чертёж', 60, 60);
  doc.rect(60, 120, 470, 300).lineWidth(2).stroke();
  doc.moveTo(100, 270).lineTo(490, 270).dash(6, { space: 4 }).stroke().undash();
  doc.rect(140, 220, 310, 100).stroke();
  doc.font('regular').fontSize(12).text('Ø40h7, Ra 1.6, HRC 28…32', 60, 440);
  return pdfToBuffer(doc);
}

/** A 2×2 PNG photo (red, green, blue, white). */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

/** The whole page and the files' section alone (readable at phone width), at 1280 and 360 px. */
async function shots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/attachments-${name}-${width}.png`, fullPage: true });
    for (const section of [`attachments-${name}`, `${name}-messages`]) {
      const located = page.locator(`[data-section="${section}"]`);
      if ((await located.count()) === 0) continue;
      await located.screenshot({ path: `${SHOTS}/attachments-${name}-${section}-${width}.png` });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('attachments in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ QUEUE_PREFIX: `e2e-attachments-${suffix}` });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function person(account: Account): Promise<Page> {
    const context = await newPerson(browser!);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server!.baseUrl, account);
    return page;
  }

  it('attaches a drawing to a need and shows its first page, and a photo as a picture', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const buyer = await register(server.app, { regionCode: '62', name: buyerName });
    const need = await postNeed(server.app, buyer.token, { title: 'Вал приводной 40Х' });
    const page = await person({ email: buyer.email, password: buyer.password, organization: buyerName });
    await page.goto(`${server.baseUrl}/needs/${need.id}`);
    const panel = page.locator('[data-section="attachments-need"]');
    await panel.getByRole('heading', { name: a.needHeading }).waitFor();

    await panel.getByLabel(a.fileLabel, { exact: true }).setInputFiles({
      name: 'Чертёж вала 40Х.pdf',
      mimeType: 'application/pdf',
      buffer: await drawingPdf(),
    });
    await panel.getByRole('button', { name: a.upload }).click();
    const drawing = panel.locator('[data-attachment="Чертёж вала 40Х.pdf"]');
    await drawing.waitFor();
    await drawing.locator('canvas[data-state="ready"]').waitFor();
    expect(await drawing.getByRole('img', { name: `Первая страница: Чертёж вала 40Х.pdf` }).count()).toBe(1);
    // The canvas holds a drawn page, not a blank: some pixels are dark.
    const inked = await drawing.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      const { data } = context!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 3]! > 0) dark += 1;
      return dark;
    });
    expect(inked).toBeGreaterThan(50);

    await panel.getByLabel(a.fileLabel, { exact: true }).setInputFiles({
      name: 'образец.png',
      mimeType: 'image/png',
      buffer: PHOTO,
    });
    await panel.getByRole('button', { name: a.upload }).click();
    await panel.getByRole('img', { name: 'Просмотр: образец.png' }).waitFor();

    // A file whose content is not its name is refused with the reason.
    await panel.getByLabel(a.fileLabel, { exact: true }).setInputFiles({
      name: 'чертёж.pdf',
      mimeType: 'application/pdf',
      buffer: PHOTO,
    });
    await panel.getByRole('button', { name: a.upload }).click();
    await panel.getByText(ru.problems.attachment_type_mismatch).waitFor();
    await shots(page, 'need');
  }, 120_000);

  it('keeps an order’s papers with their kind on the order page, next to the need’s conversation', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const buyer = await register(server.app, { regionCode: '62' });
    const supplier = await register(server.app, { regionCode: '66', name: supplierName });
    const need = await openNeed(server.app, buyer.token);
    const bid = await postBid(server.app, supplier.token, need.id);
    // The conversation began before the award; the order page continues it.
    const asked = await api(server.app, 'POST', `/needs/${need.id}/messages`, supplier.token, {
      body: 'Отгрузим двумя партиями',
    });
    expect(asked.statusCode).toBe(201);
    const order = await acceptedOrder(server.app, buyer.token, bid.id);
    const page = await person({
      email: supplier.email,
      password: supplier.password,
      organization: supplierName,
    });
    await page.goto(`${server.baseUrl}/orders/${order.id}`);
    const panel = page.locator('[data-section="attachments-order"]');
    await panel.getByRole('heading', { name: a.orderHeading }).waitFor();
    await panel.getByText(a.orderEmpty).waitFor();

    await panel.getByLabel(a.documentKindLabel).selectOption('upd');
    await panel.getByLabel(a.fileLabel, { exact: true }).setInputFiles({
      name: 'УПД № 17 от 05.12.2026.pdf',
      mimeType: 'application/pdf',
      buffer: await drawingPdf(),
    });
    await panel.getByRole('button', { name: a.upload }).click();
    const paper = panel.locator('[data-attachment="УПД № 17 от 05.12.2026.pdf"]');
    await paper.waitFor();
    expect(await paper.locator('.attachment-kind').textContent()).toBe(a.documentKinds.upd);
    await paper.locator('canvas[data-state="ready"]').waitFor();
    await page
      .locator('[data-section="order-messages"]')
      .getByRole('heading', { name: ru.messages.heading, exact: true })
      .waitFor();
    const conversation = page.locator('[data-section="order-messages"]');
    await conversation.getByText('Отгрузим двумя партиями').waitFor();
    await conversation.getByLabel('УПД № 17 от 05.12.2026.pdf').check();
    await conversation.getByLabel(ru.messages.composer.toBuyer).fill('УПД на первую партию во вложении');
    await conversation.getByRole('button', { name: ru.messages.composer.send }).click();
    await conversation
      .locator('.message')
      .filter({ hasText: 'УПД на первую партию во вложении' })
      .getByRole('button', { name: /УПД № 17/ })
      .waitFor();
    await shots(page, 'order');
  }, 120_000);
});
