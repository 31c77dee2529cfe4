import { describe, expect, it } from 'vitest';
import { formatFileSize, previewKind, typeLabel } from './file-size';

describe('attachment display helpers', () => {
  it('formats sizes in the reader’s language', () => {
    expect(formatFileSize(512, 'en')).toBe('512 B');
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB');
    expect(formatFileSize(20 * 1024 * 1024, 'ru')).toBe('20 МБ');
  });

  it('previews images and PDF only, and names types briefly', () => {
    expect(previewKind('image/png')).toBe('image');
    expect(previewKind('image/vnd.dwg')).toBeNull();
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(typeLabel('image/vnd.dwg')).toBe('DWG');
    expect(typeLabel('model/step')).toBe('STEP');
    expect(typeLabel('text/plain; charset=utf-8')).toBe('TXT');
  });
});
