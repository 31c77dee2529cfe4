import {
  lotBidSchema,
  lotDetailSchema,
  lotPageSchema,
  lotRebuildSchema,
} from '@zamena/shared/lots/lots.schemas';
import type { Database } from '../../src/db/client';
import { createLotRebuilder } from '../../src/modules/lots/lots.rebuild';
import type { DemoApi } from './api';
import { daysAfter } from './catalogue';
import { LOTS } from './data/deals';
import { partyOf, type Cast } from './organizations';

const THOUSANDTHS = 1000n;

/** `percent` of a decimal quantity, to three places, rounded down (exact: no floats). */
export function shareOf(total: string, percent: number): string {
  const [whole = '0', fraction = ''] = total.split('.');
  const scaled = BigInt(whole) * THOUSANDTHS + BigInt(fraction.padEnd(3, '0').slice(0, 3) || '0');
  const share = (scaled * BigInt(percent)) / 100n;
  const rest = (share % THOUSANDTHS).toString().padStart(3, '0').replace(/0+$/, '');
  return `${share / THOUSANDTHS}${rest ? `.${rest}` : ''}`;
}

/**
 * The analysts' flow of the lots module: request a rebuild, which the worker's rebuild-lots handler
 * runs (here in-process, by the id the API returned; the queued job later finds it done and skips),
 * publish the lots the data names, and the manufacturers bid on them.
 */
export async function buildLots(api: DemoApi, database: Database, cast: Cast, today: Date) {
  const rebuild = await api(lotRebuildSchema, 'POST', '/lots/rebuild', cast.analyst.token);
  await createLotRebuilder({ db: database.db }).run(rebuild.id, { lastAttempt: true });
  const { items } = await api(lotPageSchema, 'GET', '/lots?status=draft&limit=100', cast.analyst.token);
  for (const wanted of LOTS) {
    const lot = items.find(
      (item) =>
        item.okpd2Kind === wanted.okpd2Kind &&
        item.unit === wanted.unit &&
        item.productName.toLowerCase().includes(wanted.product ?? ''),
    );
    if (!lot) {
      throw new Error(
        `the lot rebuild made no lot of ${wanted.okpd2Kind} ${wanted.product ?? ''} in unit ${wanted.unit}`,
      );
    }
    await api(lotDetailSchema, 'POST', `/lots/${lot.id}/publish`, cast.analyst.token);
    for (const bid of wanted.bids) {
      await api(lotBidSchema, 'POST', `/lots/${lot.id}/bids`, partyOf(cast, bid.maker).token, {
        unitPrice: bid.unitPrice,
        quantity: shareOf(lot.totalQuantity, bid.sharePercent),
        leadTimeDays: bid.leadTimeDays,
        validUntil: daysAfter(today, 45),
        comment: bid.comment,
      });
    }
  }
}
