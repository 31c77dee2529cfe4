import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, detectFormat, readRows } from './file-reader';

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

const LIMITS = { maxRows: 1000, maxUnpackedBytes: 10 * 1024 * 1024 };

async function xlsx(sheets: { rows: unknown[][]; state?: ExcelJS.WorksheetState }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach(({ rows, state }, index) => {
    const sheet = workbook.addWorksheet(`Лист${index + 1}`, state ? { state } : {});
    for (const row of rows) sheet.addRow(row);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** exceljs's temporary copies of sheets (tmp's names carry the process id). */
const temporaryFiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));

describe('reading rows', () => {
  it('stops reading a CSV soon past the row limit, before a damaged part far below', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Подшипник ${i};28.15.10.120`);
    const csv = Buffer.from(['Наименование;ОКПД2', ...rows, '"never closed;y'].join('\n'));
    await expect(readRows('csv', csv, { ...LIMITS, maxRows: 100 })).rejects.toMatchObject({
      problem: 'too-many-rows',
    });
    await expect(readRows('csv', csv, { ...LIMITS, maxRows: 30_000 })).rejects.toMatchObject({
      problem: 'unclosed-quote',
    });
  });

  it('numbers CSV rows as Excel does: empty lines count, a quoted cell may span lines', async () => {
    const rows = await readRows('csv', Buffer.from('a;b\n\n"two\nlines";c\nd;e\n'), LIMITS);
    expect(rows).toEqual([
      { number: 1, cells: ['a', 'b'] },
      { number: 3, cells: ['two\nlines', 'c'] },
      { number: 4, cells: ['d', 'e'] },
    ]);
  });

  it('reads what XLSX cells show: dates, numbers, formula results, rich text, links', async () => {
    const file = await xlsx([
      {
        rows: [
          [
            new Date(Date.UTC(2030, 2, 1)),
            850.5,
            { formula: '1+1', result: 2 },
            { richText: [{ text: 'Под' }, { text: 'шипник', font: { bold: true } }] },
            { text: 'ссылка', hyperlink: 'https://example.test/' },
          ],
        ],
      },
    ]);
    expect(await readRows('xlsx', file, LIMITS)).toEqual([
      { number: 1, cells: [new Date(Date.UTC(2030, 2, 1)), 850.5, 2, 'Подшипник', 'ссылка'] },
    ]);
  });

  it('reads the first visible sheet, passing over a hidden one before it', async () => {
    const file = await xlsx([
      { rows: [['скрытый']], state: 'hidden' },
      { rows: [['первый видимый'], [], ['третья строка']] },
      { rows: [['второй видимый']] },
    ]);
    expect(await readRows('xlsx', file, LIMITS)).toEqual([
      { number: 1, cells: ['первый видимый'] },
      { number: 3, cells: ['третья строка'] },
    ]);
  });

  it('stops reading an XLSX sheet past the row limit and leaves no temporary file behind', async () => {
    await expect.poll(temporaryFiles).toEqual([]);
    const file = await xlsx([
      { rows: Array.from({ length: 50 }, (_, i) => [`строка ${i}`]) },
      { rows: [['инструкция']] },
    ]);
    await expect(readRows('xlsx', file, { ...LIMITS, maxRows: 10 })).rejects.toMatchObject({
      problem: 'too-many-rows',
    });
    expect(await readRows('xlsx', file, LIMITS)).toHaveLength(50);
    // exceljs deletes each copy without waiting for it.
    await expect.poll(temporaryFiles).toEqual([]);
  });

  it('refuses an XLSX file that inflates past the limit, counting what it inflates to', async () => {
    // 3 MB of one repeated letter: a zip of a few kilobytes.
    const bomb = await xlsx([{ rows: [['Наименование'], ['A'.repeat(3 * 1024 * 1024)]] }]);
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(readRows('xlsx', bomb, { ...LIMITS, maxUnpackedBytes: 1024 * 1024 })).rejects.toMatchObject({
      problem: 'too-large-unpacked',
    });
    expect(await readRows('xlsx', bomb, LIMITS)).toHaveLength(2);
  });

  it('refuses a damaged or cut-off XLSX file as unreadable instead of waiting for the rest', async () => {
    const file = await xlsx([{ rows: Array.from({ length: 200 }, (_, i) => [`строка ${i}`, i]) }]);
    for (const damaged of [
      Buffer.from('PK\x03\x04broken'),
      file.subarray(0, 2000),
      file.subarray(0, Math.floor(file.length / 2)),
    ]) {
      await expect(readRows('xlsx', damaged, LIMITS)).rejects.toMatchObject({ problem: 'unreadable' });
    }
  });
});
