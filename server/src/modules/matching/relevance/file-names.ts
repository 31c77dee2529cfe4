/**
 * What a file name says of the product (issue 23: a drawing travels into the matching text only
 * through its name): `Чертёж_вала_СЗНО.301.112.pdf` → `Чертёж вала СЗНО.301.112`. The extension goes,
 * underscores and runs of spaces become one space, and noise a program adds goes too: copy counters
 * (`(1)`), UUIDs, lower-case hexadecimal hashes and long digit runs such as timestamps. Upper-case
 * codes with letters and digits stay: they are part numbers (`8D0407151`).
 */
const EXTENSION = /\.[\p{L}][\p{L}\d]{0,4}$/u;
const COPY_COUNTER = /\s*\(\d{1,3}\)/g;
const UUID = /\b[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}\b/gi;

/** A token that is a hash or a machine stamp, not a designation. */
function isNoise(token: string): boolean {
  if (/^\d{12,}$/.test(token)) return true;
  if (/^[\da-f]{8,}$/.test(token) && /\d/.test(token) && /[a-f]/.test(token)) return true;
  return /^[\da-fA-F]{20,}$/.test(token);
}

export function fileNameText(name: string): string {
  return name
    .replace(EXTENSION, '')
    .replace(UUID, ' ')
    .replace(COPY_COUNTER, ' ')
    .split(/[\s_]+/)
    .filter((token) => token.length > 0 && !isNoise(token))
    .join(' ');
}

/** The texts of several files' names, one a line (the empty ones left out). */
export const fileNamesText = (names: readonly string[]): string =>
  names
    .map(fileNameText)
    .filter((text) => text.length > 0)
    .join('\n');
