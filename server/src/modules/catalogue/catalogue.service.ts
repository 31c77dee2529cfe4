import type {
  CatalogueNeedPage,
  CatalogueNeedQuery,
  CatalogueStats,
} from '@zamena/shared/catalogue/catalogue.schemas';
import type { Db } from '../../db/client';
import type { NeedsService } from '../needs/needs.service';
import { createCatalogueRepo } from './catalogue.repo';

type Deps = { db: Db; needs: Pick<NeedsService, 'listOpen'> };

/** What guests see without signing in (DESIGN.md §5 "Public"): open needs and the exchange's figures. */
export function createCatalogueService({ db, needs }: Deps) {
  const repo = createCatalogueRepo(db);
  return {
    /** The needs module's own search, so the catalogue finds what a signed-in user would. */
    needs: (query: CatalogueNeedQuery): Promise<CatalogueNeedPage> => needs.listOpen(query),

    async stats(): Promise<CatalogueStats> {
      const [open, interregionalOrders] = await Promise.all([repo.openNeeds(), repo.interregionalOrders()]);
      return { openNeeds: open.needs, regionsWithOpenNeeds: open.regions, interregionalOrders };
    },
  };
}
export type CatalogueService = ReturnType<typeof createCatalogueService>;
