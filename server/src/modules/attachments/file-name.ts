/**
 * A file name as people gave it, made safe to store and to send back: no directories, no control
 * characters or NUL (text columns refuse it), no unpaired surrogate (replaced), at most 255 characters
 * with the extension kept.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).at(-1) ?? '';
  const cleaned = base
    .replace(/\p{Cs}/gu, '\ufffd')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  const name = cleaned.replace(/^\.+/, '') || 'file';
  if (name.length <= 255) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  return name.slice(0, 255 - extension.length) + extension;
}
