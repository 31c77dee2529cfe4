import type { InvestmentCase } from '@zamena/shared/investment-case/investment-case.schemas';
import { createPdfDocument, type PdfDocument, pdfToBuffer } from '../../lib/pdf/pdf-document';
import { caseTitle, MEASURE_TYPE_RU, PROXIMITY_RU, SITE_KIND_RU, unitRu } from './investment-case.labels';

/** "1234567.50" → "1 234 567,50": Russian digit grouping on the decimal string itself (no float). */
function ru(value: string): string {
  const [whole = '0', fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction ? `${grouped},${fraction}` : grouped;
}

function heading(doc: PdfDocument, text: string) {
  doc.moveDown(0.8).font('bold').fontSize(13).text(text).font('regular').fontSize(10).moveDown(0.3);
}

function fact(doc: PdfDocument, label: string, value: string) {
  doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
}

/** The investment case as a short A4 document with the Cyrillic fonts embedded. */
export async function investmentCasePdf(investmentCase: InvestmentCase): Promise<Buffer> {
  const { lot, priceRange, coverage } = investmentCase;
  const unit = unitRu(lot.unit);
  const doc = createPdfDocument(caseTitle(investmentCase));
  doc.font('bold').fontSize(16).text(caseTitle(investmentCase)).font('regular').fontSize(10);
  doc
    .moveDown(0.3)
    .fillColor('#555')
    .text(`Сформирован ${investmentCase.generatedAt.slice(0, 10)}`)
    .fillColor('#000');

  heading(doc, 'Спрос');
  fact(doc, 'Потребностей', String(lot.needsCount));
  fact(doc, 'Совокупный объём', `${ru(lot.totalQuantity)} ${unit}`);
  fact(doc, 'Стоимость', `${ru(lot.totalValue)} руб.`);
  fact(doc, 'Ближайший срок', lot.earliestNeededBy);
  fact(
    doc,
    'Целевая цена за единицу',
    priceRange
      ? `мин. ${ru(priceRange.min)} · медиана ${ru(priceRange.median)} · макс. ${ru(priceRange.max)} руб. (${priceRange.pricedNeedsCount} потр.)`
      : 'заказчики не указали',
  );
  fact(
    doc,
    'Текущее покрытие',
    `${Math.round(coverage.ratio * 100)} % · производителей ${coverage.capabilitiesCount} · мощность ${ru(coverage.matchedCapacity)} ${unit} в месяц`,
  );

  heading(doc, 'Спрос по регионам');
  for (const region of investmentCase.demandByRegion) {
    doc.text(
      `${region.regionCode} ${region.nameRu}: ${ru(region.quantity)} ${unit}, ${ru(region.value)} руб., потребностей ${region.needsCount}, срок с ${region.earliestNeededBy}`,
    );
  }

  heading(doc, 'Меры поддержки');
  if (investmentCase.supportMeasures.length === 0) doc.text('Подходящих мер в каталоге нет.');
  for (const measure of investmentCase.supportMeasures) {
    const amount = measure.maxAmount ? `, до ${ru(measure.maxAmount)} руб.` : '';
    doc.text(`${MEASURE_TYPE_RU[measure.type]}: ${measure.name} (${measure.operator})${amount}`);
  }

  heading(doc, 'Площадки рядом со спросом');
  if (investmentCase.sites.length === 0) doc.text('Площадок подходящей специализации рядом нет.');
  for (const { site, proximity, distanceKm } of investmentCase.sites) {
    doc.font('bold').text(`${SITE_KIND_RU[site.kind]} ${site.name}`, { continued: true });
    doc.font('regular').text(` — регион ${site.regionCode}, ${PROXIMITY_RU[proximity]}, ≈${distanceKm} км`);
    if (site.benefits) doc.fillColor('#555').text(site.benefits).fillColor('#000');
  }
  return pdfToBuffer(doc);
}
