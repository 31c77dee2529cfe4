import { okpd2Path } from '../domain/okpd2';

/**
 * Whether a site's specialization fits goods of `okpd2`: one of its codes covers the code (a site for
 * `28` fits `28.15.10`) or is covered by it (a site for `28.15` fits a question about `28`). A site
 * without a specialization takes any goods.
 */
export function siteFits(okpd2Prefixes: readonly string[], okpd2: string): boolean {
  if (okpd2Prefixes.length === 0) return true;
  const path = okpd2Path(okpd2);
  return okpd2Prefixes.some((code) => path.includes(code) || okpd2Path(code).includes(okpd2));
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

export type Point = { lat: number; lon: number };

/** Great-circle distance in kilometres. */
export function distanceKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type DemandRegion = Point & { code: string; federalDistrict: string };
export type SiteLocation = Point & { regionCode: string; federalDistrict: string };
export type Proximity = 'same_region' | 'same_district';

/**
 * Where a site stands to the regions with demand: in one of them, else in the federal district of one
 * of them, else not near; with the distance to the nearest demand region's administrative centre.
 */
export function proximityOf(
  site: SiteLocation,
  demand: readonly DemandRegion[],
): { proximity: Proximity; distanceKm: number } | null {
  if (demand.length === 0) return null;
  const nearest = Math.min(...demand.map((region) => distanceKm(site, region)));
  const distance = Math.round(nearest);
  if (demand.some((region) => region.code === site.regionCode)) {
    return { proximity: 'same_region', distanceKm: distance };
  }
  if (demand.some((region) => region.federalDistrict === site.federalDistrict)) {
    return { proximity: 'same_district', distanceKm: distance };
  }
  return null;
}
