import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, detectFormat } from './file-reader';

const WIN1251_PRIVET = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // «Привет»

describe('file reader', () => {
  it('tells XLSX and CSV by content and name, and refuses the rest with a reason', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(detectFormat('list.xlsx', 'application/octet-stream', zip)).toEqual({ format: 'xlsx' });
    expect(detectFormat('list.csv', 'application/vnd.ms-excel', Buffer.from('a;b'))).toEqual({
      format: 'csv',
    });
    expect(detectFormat('list.docx', 'application/zip', zip)).toHaveProperty('refused');
    expect(detectFormat('old.xls', '', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))).toEqual({
      refused: expect.stringContaining('.xls'),
    });
    expect(detectFormat('photo.csv', 'text/csv', Buffer.from([0x89, 0x50, 0, 0]))).toHaveProperty('refused');
    expect(detectFormat('notes.pdf', 'application/pdf', Buffer.from('%PDF'))).toHaveProperty('refused');
  });

  it('decodes UTF-8 with or without a BOM, UTF-16 and Windows-1251', () => {
    expect(decodeText(Buffer.from('\uFEFFПривет'))).toBe('Привет');
    expect(decodeText(Buffer.from('Привет'))).toBe('Привет');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Привет', 'utf16le')]))).toBe(
      'Привет',
    );
    expect(decodeText(WIN1251_PRIVET)).toBe('Привет');
  });

  it('picks the delimiter of the header line, ignoring quoted text', () => {
    expect(detectDelimiter('Наименование;Количество;"1,2,3"\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('Title,Quantity\n')).toBe(',');
    expect(detectDelimiter('Title\tQuantity')).toBe('\t');
    expect(detectDelimiter('Наименование')).toBe(';');
  });
});
