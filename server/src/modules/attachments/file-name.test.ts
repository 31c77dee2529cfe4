import { describe, expect, it } from 'vitest';
import { cleanFileName } from './file-name';

describe('attachment file names', () => {
  it('keeps a Cyrillic name with its extension', () => {
    expect(cleanFileName('Чертёж вала 40Х.pdf')).toBe('Чертёж вала 40Х.pdf');
  });

  it('drops directories, NUL and control characters, and replaces an unpaired surrogate', () => {
    expect(cleanFileName('C:\\Users\\x\\..\\вал.dwg')).toBe('вал.dwg');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\r\n.pdf')).toBe('ab.pdf');
    expect(cleanFileName('bad\ud800.pdf')).toBe('bad\ufffd.pdf');
  });

  it('names a nameless file and shortens a long one keeping the extension', () => {
    expect(cleanFileName('')).toBe('file');
    expect(cleanFileName('...')).toBe('file');
    const long = cleanFileName(`${'я'.repeat(400)}.step`);
    expect(long).toHaveLength(255);
    expect(long.endsWith('.step')).toBe(true);
  });
});
