import { trimDecimal } from '@zamena/shared/domain/decimal';
import type { InvestmentCase } from '@zamena/shared/investment-case/investment-case.schemas';
import { federalDistrictSchema } from '@zamena/shared/reference/reference.schemas';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import type { LotsService } from '../lots/lots.service';
import type { SitesService } from '../sites/sites.service';
import type { SupportMeasuresService } from '../support-measures/support-measures.service';
import { createInvestmentCaseRepo } from './investment-case.repo';

type Deps = {
  db: Db;
  lots: Pick<LotsService, 'findVisible'>;
  sites: Pick<SitesService, 'nearest'>;
  supportMeasures: Pick<SupportMeasuresService, 'forTargets'>;
  clock?: () => Date;
};

/**
 * A lot offered to an investor (issue 23): whoever sees the lot sees its case; the figures are
 * aggregates of the pooled needs, so no buyer's need is exposed one by one.
 */
export function createInvestmentCaseService({
  db,
  lots,
  sites,
  supportMeasures,
  clock = () => new Date(),
}: Deps) {
  const repo = createInvestmentCaseRepo(db);

  return {
    async get(lotId: string, actor: Actor): Promise<InvestmentCase> {
      const { lot, kindName } = await lots.findVisible(lotId, actor);
      const [regions, prices, [measures], near] = await Promise.all([
        repo.demandByRegion(lot.id),
        repo.priceRange(lot.id),
        supportMeasures.forTargets([{ okpd2: lot.okpd2Kind, regionCodes: lot.regionCodes }]),
        sites.nearest(lot.okpd2Kind, lot.regionCodes),
      ]);
      return {
        lot: {
          id: lot.id,
          okpd2Kind: lot.okpd2Kind,
          okpd2KindName: kindName,
          unit: lot.unit,
          status: lot.status,
          needsCount: lot.needsCount,
          totalQuantity: trimDecimal(lot.totalQuantity),
          totalValue: lot.totalValue,
          earliestNeededBy: lot.earliestNeededBy,
        },
        demandByRegion: regions.map((row) => ({
          regionCode: row.region_code,
          nameRu: row.name_ru,
          nameEn: row.name_en,
          federalDistrict: federalDistrictSchema.parse(row.federal_district),
          needsCount: row.needs_count,
          buyersCount: row.buyers_count,
          quantity: trimDecimal(row.quantity),
          value: row.value,
          earliestNeededBy: row.earliest_needed_by,
        })),
        priceRange: prices
          ? { min: prices.min, median: prices.median, max: prices.max, pricedNeedsCount: prices.priced }
          : null,
        coverage: {
          matchedCapacity: trimDecimal(lot.matchedCapacity),
          capabilitiesCount: lot.capabilitiesCount,
          ratio: Number(lot.coverage),
        },
        supportMeasures: measures ?? [],
        sites: near,
        generatedAt: clock().toISOString(),
      };
    },
  };
}
export type InvestmentCaseService = ReturnType<typeof createInvestmentCaseService>;
