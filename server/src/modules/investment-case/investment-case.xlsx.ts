import ExcelJS from 'exceljs';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import type { InvestmentCase } from '@zamena/shared/investment-case/investment-case.schemas';
import { caseTitle, MEASURE_TYPE_RU, PROXIMITY_RU, SITE_KIND_RU, unitRu } from './investment-case.labels';

/** A decimal string as an Excel number when that loses nothing (15 significant digits), else as text. */
const excelNumber = (value: string) => (String(Number(value)) === trimDecimal(value) ? Number(value) : value);

/** The investment case as a workbook: a summary sheet, then demand, measures and sites, Russian headers. */
export async function investmentCaseWorkbook(investmentCase: InvestmentCase): Promise<Buffer> {
  const { lot, priceRange, coverage } = investmentCase;
  const unit = unitRu(lot.unit);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zamena';

  const summary = workbook.addWorksheet('Сводка');
  summary.columns = [
    { key: 'label', width: 42 },
    { key: 'value', width: 50 },
  ];
  summary.addRow({ label: caseTitle(investmentCase) }).font = { bold: true };
  const rows: [string, string | number][] = [
    ['Вид ОКПД2', lot.okpd2Kind],
    ['Единица измерения', unit],
    ['Потребностей в лоте', lot.needsCount],
    [`Совокупный спрос, ${unit}`, excelNumber(lot.totalQuantity)],
    ['Стоимость спроса, руб.', excelNumber(lot.totalValue)],
    ['Ближайший срок', lot.earliestNeededBy],
    ['Мин. целевая цена, руб.', priceRange ? excelNumber(priceRange.min) : '—'],
    ['Медианная целевая цена, руб.', priceRange ? excelNumber(priceRange.median) : '—'],
    ['Макс. целевая цена, руб.', priceRange ? excelNumber(priceRange.max) : '—'],
    [`Мощность производителей в месяц, ${unit}`, excelNumber(coverage.matchedCapacity)],
    ['Производителей', coverage.capabilitiesCount],
    ['Покрытие спроса', coverage.ratio],
    ['Сформирован', investmentCase.generatedAt],
  ];
  for (const [label, value] of rows) summary.addRow({ label, value });
  summary.getCell(`B${rows.findIndex(([label]) => label === 'Покрытие спроса') + 2}`).numFmt = '0.00%';

  const demand = workbook.addWorksheet('Спрос по регионам', { views: [{ state: 'frozen', ySplit: 1 }] });
  demand.columns = [
    { key: 'code', header: 'Код', width: 6 },
    { key: 'name', header: 'Регион', width: 34 },
    { key: 'needs', header: 'Потребностей', width: 13 },
    { key: 'buyers', header: 'Заказчиков', width: 11 },
    { key: 'quantity', header: `Объём, ${unit}`, width: 14 },
    { key: 'value', header: 'Стоимость, руб.', width: 18 },
    { key: 'neededBy', header: 'Ближайший срок', width: 15 },
  ];
  demand.getRow(1).font = { bold: true };
  for (const region of investmentCase.demandByRegion) {
    demand.addRow({
      code: region.regionCode,
      name: region.nameRu,
      needs: region.needsCount,
      buyers: region.buyersCount,
      quantity: excelNumber(region.quantity),
      value: excelNumber(region.value),
      neededBy: region.earliestNeededBy,
    });
  }
  demand.getColumn('value').numFmt = '#,##0.00';

  const measures = workbook.addWorksheet('Меры поддержки');
  measures.columns = [
    { key: 'name', header: 'Мера', width: 48 },
    { key: 'type', header: 'Вид', width: 18 },
    { key: 'operator', header: 'Оператор', width: 32 },
    { key: 'maxAmount', header: 'До, руб.', width: 16 },
    { key: 'url', header: 'Ссылка', width: 40 },
  ];
  measures.getRow(1).font = { bold: true };
  for (const measure of investmentCase.supportMeasures) {
    measures.addRow({
      name: measure.name,
      type: MEASURE_TYPE_RU[measure.type],
      operator: measure.operator,
      maxAmount: measure.maxAmount ? excelNumber(measure.maxAmount) : '',
      url: measure.url ?? '',
    });
  }

  const sites = workbook.addWorksheet('Площадки');
  sites.columns = [
    { key: 'name', header: 'Площадка', width: 44 },
    { key: 'kind', header: 'Тип', width: 20 },
    { key: 'region', header: 'Регион', width: 8 },
    { key: 'proximity', header: 'Расположение', width: 18 },
    { key: 'distance', header: 'Расстояние, км', width: 15 },
    { key: 'specialization', header: 'Специализация (ОКПД2)', width: 24 },
    { key: 'benefits', header: 'Преимущества', width: 60 },
    { key: 'source', header: 'Источник', width: 40 },
  ];
  sites.getRow(1).font = { bold: true };
  for (const { site, proximity, distanceKm } of investmentCase.sites) {
    sites.addRow({
      name: site.name,
      kind: SITE_KIND_RU[site.kind],
      region: site.regionCode,
      proximity: PROXIMITY_RU[proximity],
      distance: distanceKm,
      specialization: site.okpd2Prefixes.join(', '),
      benefits: site.benefits,
      source: site.sourceUrl ?? '',
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
