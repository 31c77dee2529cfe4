/**
 * An equidistant conic projection fitted to Russia (standard parallels 52° and 64°, central meridian
 * 100°): the familiar bent shape of the country without a tile server, so the map works offline.
 */
const RAD = Math.PI / 180;
const PHI1 = 52 * RAD;
const PHI2 = 64 * RAD;
const LAMBDA0 = 100 * RAD;
const N = (Math.cos(PHI1) - Math.cos(PHI2)) / (PHI2 - PHI1);
const G = Math.cos(PHI1) / N + PHI1;

export type Point = { x: number; y: number };

/** Chukotka lies past the antimeridian: a western longitude is carried on eastwards. */
const unwrap = (lon: number) => (lon < 0 ? lon + 360 : lon);

export function project(lat: number, lon: number): Point {
  const rho = G - lat * RAD;
  const theta = N * (unwrap(lon) * RAD - LAMBDA0);
  return { x: rho * Math.sin(theta), y: -(G - rho * Math.cos(theta)) };
}

export type Fitted<T> = { width: number; height: number; points: Array<T & Point> };

/** Projects the places and scales them into a viewBox `width` wide, keeping a margin for the circles. */
export function fitToView<T extends { lat: number; lon: number }>(
  places: readonly T[],
  width: number,
  margin: number,
): Fitted<T> {
  const projected = places.map((place) => ({ place, point: project(place.lat, place.lon) }));
  if (projected.length === 0) return { width, height: width / 2, points: [] };
  const xs = projected.map((p) => p.point.x);
  const ys = projected.map((p) => p.point.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = (width - 2 * margin) / spanX;
  const height = Math.max(spanY * scale + 2 * margin, 2 * margin + 1);
  return {
    width,
    height,
    points: projected.map(({ place, point }) => ({
      ...place,
      x: margin + (point.x - minX) * scale,
      y: margin + (point.y - minY) * scale,
    })),
  };
}
