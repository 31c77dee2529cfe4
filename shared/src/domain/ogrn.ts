/** OGRN (13 digits, mod 11) and OGRNIP (15 digits, mod 13): the last digit is the remainder's last digit. */
export function isValidOgrn(ogrn: string): boolean {
  if (!/^(\d{13}|\d{15})$/.test(ogrn)) return false;
  const divisor = ogrn.length === 13 ? 11n : 13n;
  const body = BigInt(ogrn.slice(0, -1));
  const expected = Number((body % divisor) % 10n);
  return expected === Number(ogrn.at(-1));
}
