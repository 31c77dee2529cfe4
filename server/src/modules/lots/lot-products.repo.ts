import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { type LotProduct, lotProductKeyVersion, lotProductOf } from './lot-product';

type StaleNeed = {
  id: string;
  version: number;
  title: string;
  description: string;
  replaces: string | null;
  /** Matching's profile of this version of the need, when it has one. */
  profile: unknown;
  profile_version: number | null;
};

/** Needs read per statement: the rows of one batch's insert stay a few hundred kilobytes. */
const BATCH = 2000;

/**
 * Writes the product of every open need the rebuild may pool (a code at the kind level or deeper, its
 * kind and unit wanted in two regions or more: `kind_groups`, made by the rebuild first) whose
 * stored product is missing or of another need version or key version; returns how many it wrote. A
 * second run finds nothing to write. Products of needs no longer open stay (a lot on record reads them).
 * The profile matching stored for the need's version is reused; the rest are read here, once per text.
 */
export async function refreshLotProducts(tx: DbExecutor): Promise<number> {
  const keyVersion = lotProductKeyVersion();
  let written = 0;
  const byText = new Map<string, LotProduct>();
  const productOf = (need: StaleNeed) => {
    if (need.profile !== null)
      return lotProductOf(need, { profile: need.profile, version: need.profile_version });
    const text = `${need.title}\n${need.description}\n${need.replaces ?? ''}`;
    const known = byText.get(text);
    if (known) return known;
    const product = lotProductOf(need);
    byText.set(text, product);
    return product;
  };
  // Keyset pages by id: each page reads on from the last, so a run reads the needs once.
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const stale = await tx.execute(sql`
      SELECT n.id, n.version, n.title, n.description, n.replaces, s.profile, s.profile_version
        FROM needs n LEFT JOIN lot_products p ON p.need_id = n.id
        LEFT JOIN need_match_states s ON s.need_id = n.id AND s.need_version = n.version
       WHERE n.id > ${after}::uuid AND n.status = 'open' AND length(n.okpd2) >= 8
         -- Only a kind and unit with demand in two regions or more can make a lot.
         AND (substr(n.okpd2, 1, 8), n.unit) IN (SELECT kind, unit FROM kind_groups WHERE cardinality(region_codes) >= 2)
         AND (p.need_id IS NULL OR p.need_version <> n.version OR p.key_version <> ${keyVersion})
       ORDER BY n.id
       LIMIT ${BATCH}`);
    const rows = stale.rows as StaleNeed[];
    if (rows.length === 0) return written;
    after = rows.at(-1)!.id;
    const products = rows.map((need) => ({
      need_id: need.id,
      need_version: need.version,
      ...snake(productOf(need)),
    }));
    await tx.execute(sql`
      INSERT INTO lot_products AS p (need_id, need_version, key_version, product_key, product_name,
                                 product_concepts, line_key, line_name)
      SELECT r.need_id, r.need_version, ${keyVersion}, r.product_key, r.product_name,
             ARRAY(SELECT jsonb_array_elements_text(r.product_concepts)), r.line_key, r.line_name
        FROM jsonb_to_recordset(${JSON.stringify(products)}::jsonb)
             AS r(need_id uuid, need_version int, product_key text, product_name text, product_concepts jsonb,
                  line_key text, line_name text)
      ON CONFLICT (need_id) DO UPDATE SET
        need_version = excluded.need_version, key_version = excluded.key_version,
        product_key = excluded.product_key, product_name = excluded.product_name,
        product_concepts = excluded.product_concepts,
        line_key = excluded.line_key, line_name = excluded.line_name`);
    written += rows.length;
    if (rows.length < BATCH) return written;
  }
}

const snake = (product: LotProduct) => ({
  product_key: product.productKey,
  product_name: product.productName,
  product_concepts: product.productConcepts,
  line_key: product.lineKey,
  line_name: product.lineName,
});
