import { OKEI_UNITS } from '@zamena/shared/domain/okei';
import type { InvestmentCase } from '@zamena/shared/investment-case/investment-case.schemas';
import type { SiteKind } from '@zamena/shared/sites/sites.schemas';
import type { SupportMeasureType } from '@zamena/shared/support-measures/support-measures.schemas';

/** Russian labels the exports share (the documents go to investors and regional bodies in Russian). */
export const SITE_KIND_RU: Record<SiteKind, string> = {
  sez: 'ОЭЗ',
  technopark: 'Технопарк',
  industrial_park: 'Индустриальный парк',
  cluster: 'Кластер',
};

export const MEASURE_TYPE_RU: Record<SupportMeasureType, string> = {
  grant: 'Грант',
  subsidy: 'Субсидия',
  loan: 'Заём',
  tax_benefit: 'Налоговая льгота',
  special_investment_contract: 'СПИК',
  residency_benefit: 'Льготы резидентам',
};

export const PROXIMITY_RU = { same_region: 'в регионе спроса', same_district: 'в том же округе' } as const;

export const unitRu = (code: string) => OKEI_UNITS.find((unit) => unit.code === code)?.symbolRu ?? code;

export const caseTitle = (investmentCase: InvestmentCase) =>
  `Инвестиционный кейс: ${investmentCase.lot.okpd2Kind} ${investmentCase.lot.okpd2KindName ?? ''}`.trim();

export const caseFileName = (investmentCase: InvestmentCase, extension: string) =>
  `investment-case-${investmentCase.lot.okpd2Kind}-${investmentCase.generatedAt.slice(0, 10)}.${extension}`;
