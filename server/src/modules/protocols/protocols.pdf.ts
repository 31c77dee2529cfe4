import { OKEI_UNITS } from '@zamena/shared/domain/okei';
import type { Protocol, ProtocolBid, ProtocolLanguage } from '@zamena/shared/protocols/protocols.schemas';
import { createPdfDocument, type PdfDocument, pdfToBuffer } from '../../lib/pdf/pdf-document';
import {
  formatDay,
  formatDecimal,
  formatMoment,
  formatRub,
  PROTOCOL_TEXTS,
  type ProtocolTexts,
} from './protocols.pdf-texts';

const LEFT = 48;
const WIDTH = 499;
const BOTTOM = 842 - 60;
const GREY = '#444444';
/** Column widths of the bids table (they add up to WIDTH). */
const COLUMNS = [22, 181, 76, 70, 50, 100] as const;

type Region = { nameRu: string; nameEn: string } | undefined;

const unitSymbol = (code: string, language: ProtocolLanguage) => {
  const unit = OKEI_UNITS.find((u) => u.code === code);
  return unit ? (language === 'ru' ? unit.symbolRu : unit.symbolEn) : code;
};

/** The terms line under a bid's row: VAT, delivery, payment, warranty, schedule and the computation. */
function termsLine(bid: ProtocolBid, unit: string, texts: ProtocolTexts, language: ProtocolLanguage): string {
  const { terms, priceBreakdown } = bid;
  if (!terms) return texts.noTerms;
  const parts = [
    `${texts.vat[terms.vatRate]}, ${texts.includesVat(terms.priceIncludesVat)}`,
    texts.basis[terms.deliveryBasis],
  ];
  if (terms.deliveryBasis !== 'pickup') {
    parts.push(
      terms.deliveryCost === null
        ? texts.deliveryIncluded
        : texts.deliveryCost(formatRub(terms.deliveryCost, language)),
    );
  }
  if (terms.prepaymentPercent !== null) parts.push(texts.prepayment(terms.prepaymentPercent));
  if (terms.paymentDays !== null) parts.push(texts.paymentDays(terms.paymentDays));
  if (terms.warrantyMonths !== null) parts.push(texts.warranty(terms.warrantyMonths));
  if (terms.schedule) {
    const lines = terms.schedule.map(
      (line) => `${formatDay(line.date, language)} — ${formatDecimal(line.quantity, language)} ${unit}`,
    );
    parts.push(`${texts.schedule}: ${lines.join('; ')}`);
  }
  if (priceBreakdown) {
    parts.push(
      texts.computed(
        formatRub(priceBreakdown.unitPriceWithoutVat, language),
        formatRub(priceBreakdown.deliveryPerUnit, language),
        formatRub(priceBreakdown.vatPerUnit, language),
        formatRub(priceBreakdown.deliveredUnitPriceWithVat, language),
      ),
    );
  }
  return parts.join(' · ');
}

function heading(doc: PdfDocument, text: string) {
  doc.moveDown(0.8).font('bold').fontSize(12).fillColor('black').text(text, LEFT, doc.y, { width: WIDTH });
  doc.moveDown(0.3).font('regular').fontSize(10);
}

function fact(doc: PdfDocument, label: string, value: string) {
  doc.font('bold').fontSize(10).text(`${label}: `, LEFT, doc.y, { continued: true, width: WIDTH });
  doc.font('regular').text(value);
}

/** One row of cells; returns its height. `measure` only measures. */
function row(doc: PdfDocument, cells: string[], top: number, bold: boolean, measure = false): number {
  doc.font(bold ? 'bold' : 'regular').fontSize(9);
  let x = LEFT;
  let height = 0;
  cells.forEach((cell, index) => {
    const width = COLUMNS[index]! - 4;
    const align = index >= 2 ? 'right' : 'left';
    height = Math.max(height, doc.heightOfString(cell, { width, align }));
    if (!measure) doc.text(cell, x, top, { width, align });
    x += COLUMNS[index]!;
  });
  return height;
}

function tableHeader(doc: PdfDocument, texts: ProtocolTexts): void {
  const c = texts.columns;
  const top = doc.y;
  const height = row(doc, [c.rank, c.supplier, c.unitPrice, c.quantity, c.leadTime, c.delivered], top, true);
  doc
    .moveTo(LEFT, top + height + 2)
    .lineTo(LEFT + WIDTH, top + height + 2)
    .strokeColor('black')
    .stroke();
  doc.y = top + height + 6;
}

function bidsTable(doc: PdfDocument, protocol: Protocol, texts: ProtocolTexts, language: ProtocolLanguage) {
  const unit = unitSymbol(protocol.snapshot.need.unit, language);
  tableHeader(doc, texts);
  for (const bid of protocol.snapshot.bids) {
    const supplier = bid.winner ? `${bid.supplier.name} — ${texts.winnerMark}` : bid.supplier.name;
    const cells = [
      String(bid.rank),
      supplier,
      formatRub(bid.unitPrice, language),
      `${formatDecimal(bid.quantity, language)} ${unit}`,
      texts.days(bid.leadTimeDays),
      bid.deliveredUnitPriceWithVat ? formatRub(bid.deliveredUnitPriceWithVat, language) : '—',
    ];
    const terms = termsLine(bid, unit, texts, language);
    const cellsHeight = row(doc, cells, doc.y, bid.winner, true);
    doc.font('regular').fontSize(8);
    const termsHeight = doc.heightOfString(terms, { width: WIDTH - COLUMNS[0] });
    if (doc.y + cellsHeight + termsHeight + 8 > BOTTOM) {
      doc.addPage();
      tableHeader(doc, texts);
    }
    const top = doc.y;
    row(doc, cells, top, bid.winner);
    doc.font('regular').fontSize(8).fillColor(GREY);
    doc.text(terms, LEFT + COLUMNS[0], top + cellsHeight + 2, { width: WIDTH - COLUMNS[0] });
    doc.fillColor('black');
    const bottom = top + cellsHeight + termsHeight + 6;
    doc
      .moveTo(LEFT, bottom)
      .lineTo(LEFT + WIDTH, bottom)
      .strokeColor('#bbbbbb')
      .stroke();
    doc.y = bottom + 4;
  }
}

/**
 * The protocol as an A4 PDF with DejaVu fonts embedded (Cyrillic, ₽, №): its number and date, the
 * need, every bid as compared at the award with the delivered unit price with VAT and how it was made
 * up, the winner, the reason and who decided.
 */
export async function renderProtocolPdf(
  protocol: Protocol,
  language: ProtocolLanguage,
  region: Region,
): Promise<Buffer> {
  const texts = PROTOCOL_TEXTS[language];
  const { need, bids, decidedBy } = protocol.snapshot;
  const unit = unitSymbol(need.unit, language);
  const doc = createPdfDocument(`${texts.title} ${texts.number(protocol.number)}`);

  doc
    .font('bold')
    .fontSize(16)
    .text(`${texts.title} ${texts.number(protocol.number)}`, LEFT, 48, {
      width: WIDTH,
    });
  doc.moveDown(0.3);
  fact(doc, texts.decidedAt, formatMoment(protocol.decidedAt, language));

  heading(doc, texts.need);
  doc.font('bold').fontSize(10).text(need.title, LEFT, doc.y, { width: WIDTH });
  fact(doc, texts.okpd2, need.okpd2);
  fact(doc, texts.quantity, `${formatDecimal(need.quantity, language)} ${unit}`);
  const regionName = region ? (language === 'ru' ? region.nameRu : region.nameEn) : '';
  fact(doc, texts.region, `${regionName} (${need.deliveryRegionCode})`.trim());
  fact(doc, texts.neededBy, formatDay(need.neededBy, language));
  fact(doc, texts.buyer, need.buyer.name);

  heading(doc, texts.bidsHeading);
  doc.font('regular').fontSize(8).fillColor(GREY).text(texts.ranking, LEFT, doc.y, { width: WIDTH });
  doc.fillColor('black').moveDown(0.5);
  bidsTable(doc, protocol, texts, language);

  const winner = bids.find((bid) => bid.winner);
  if (winner) {
    heading(doc, texts.winner);
    const quantity = `${formatDecimal(winner.quantity, language)} ${unit}`;
    const delivered = winner.deliveredUnitPriceWithVat
      ? `; ${texts.deliveredPerUnit}: ${formatRub(winner.deliveredUnitPriceWithVat, language)}`
      : '';
    doc.text(
      `${winner.supplier.name}: ${formatRub(winner.unitPrice, language)} × ${quantity} = ` +
        `${formatRub(winner.total, language)}${delivered}`,
      LEFT,
      doc.y,
      { width: WIDTH },
    );
  }
  heading(doc, texts.reason);
  doc.text(protocol.reason || texts.noReason, LEFT, doc.y, { width: WIDTH });
  heading(doc, texts.decidedBy);
  const organization = decidedBy.forBuyer
    ? `${decidedBy.organizationName} (${texts.forBuyer(need.buyer.name)})`
    : decidedBy.organizationName;
  doc.text(`${decidedBy.fullName}, ${organization}`, LEFT, doc.y, { width: WIDTH });

  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    // The footer sits in the bottom margin: without this, PDFKit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(7).fillColor(GREY);
    doc.text(texts.footer, LEFT, 842 - 40, { width: WIDTH - 70 });
    doc.text(texts.page(index + 1, range.count), LEFT + WIDTH - 70, 842 - 40, { width: 70, align: 'right' });
  }
  return pdfToBuffer(doc);
}
