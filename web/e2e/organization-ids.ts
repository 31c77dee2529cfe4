import { randomInt } from 'node:crypto';
import { isValidInn } from '@zamena/shared/domain/inn';
import { isValidOgrn } from '@zamena/shared/domain/ogrn';

const LEGAL_INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

const randomDigits = (count: number) => Array.from({ length: count }, () => randomInt(10)).join('');

/** A random legal entity's INN (10 digits) for a region, with its check digit, so reruns never collide. */
export function randomInn(regionCode: string): string {
  const body = `${regionCode}${randomDigits(7)}`;
  const sum = LEGAL_INN_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(body[i]), 0);
  const inn = `${body}${(sum % 11) % 10}`;
  if (!isValidInn(inn)) throw new Error(`generated an invalid INN ${inn}`);
  return inn;
}

/** A random legal entity's OGRN (13 digits: sign 1, year, region, number, check digit). */
export function randomOgrn(regionCode: string): string {
  const body = `1${String(randomInt(2, 26)).padStart(2, '0')}${regionCode}${randomDigits(7)}`;
  const ogrn = `${body}${Number((BigInt(body) % 11n) % 10n)}`;
  if (!isValidOgrn(ogrn)) throw new Error(`generated an invalid OGRN ${ogrn}`);
  return ogrn;
}
