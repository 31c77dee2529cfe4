/** "1.2 MB" in the reader's language: bytes, KB and MB are enough for attachments. */
export function formatFileSize(bytes: number, language: string): string {
  const units = language.startsWith('ru') ? ['Б', 'КБ', 'МБ'] : ['B', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** What a preview can show: images as pictures, PDF as its first page, the rest not at all. */
export const previewKind = (contentType: string): 'image' | 'pdf' | null =>
  contentType.startsWith('image/') && !contentType.includes('vnd.')
    ? 'image'
    : contentType === 'application/pdf'
      ? 'pdf'
      : null;

/** A short type label from the content type: PDF, PNG, DWG, STEP… */
export function typeLabel(contentType: string): string {
  const subtype = contentType.split(';')[0]!.split('/')[1] ?? contentType;
  const known: Record<string, string> = {
    'vnd.dwg': 'DWG',
    'vnd.dxf': 'DXF',
    'vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
    plain: 'TXT',
  };
  return known[subtype] ?? subtype.toUpperCase();
}
