import type { CreateCapability } from '@zamena/shared/capabilities/capabilities.schemas';
import { readableRegionName } from '@zamena/shared/domain/region-names';
import { type Cell, regionLookup } from '@zamena/shared/imports/cell-values';
import type { HeaderMatch, ImportColumn } from '@zamena/shared/imports/import-columns';
import {
  capabilityRowInput,
  needRowInput,
  type RowProblem,
  type RowResult,
} from '@zamena/shared/imports/import-rows';
import type { ImportKind } from '@zamena/shared/imports/imports.schemas';
import type { CreateNeed } from '@zamena/shared/needs/needs.schemas';
import type { ImportsRepo } from './imports.repo';
import type { SheetRow } from './sheet-rows';

/**
 * Every problem of every row in one pass: each row is read in full (import-rows.ts), and what needs
 * the database — OKPD2 codes in the classifier, INNs of organizations on the exchange — is looked up
 * for all rows, including rows with other problems, so a fixed file does not reveal new ones.
 */

export type CheckedRow = {
  /** The row number Excel shows. */
  row: number;
  /** The API input, when the row has no problem. */
  input?: CreateNeed | CreateCapability;
  problems: RowProblem[];
};

type Check = {
  repo: Pick<ImportsRepo, 'regions' | 'existingOkpd2Codes' | 'organizationIdsByInn'>;
  kind: ImportKind;
  columns: readonly ImportColumn[];
  match: HeaderMatch;
  data: SheetRow[];
  today: string;
  /** Hears how many rows have been read, every so often. */
  progress: (rows: number) => Promise<void>;
};

const PROGRESS_EVERY = 500;

async function rowContext(repo: Check['repo'], today: string) {
  const regions = (await repo.regions()).map((region) => ({
    code: region.code,
    names: [region.nameRu, readableRegionName(region.nameRu), region.nameEn],
  }));
  return { regions: regionLookup(regions), today };
}

const hasProblemAt = (problems: RowProblem[], path: string) =>
  problems.some((problem) => problem.path === path || problem.path.startsWith(`${path}.`));

export async function checkRows({ repo, kind, columns, match, data, today, progress }: Check) {
  const context = await rowContext(repo, today);
  const read: { row: number; result: RowResult<CreateNeed | CreateCapability> }[] = [];
  for (const [index, row] of data.entries()) {
    const cells = new Map<string, Cell>();
    for (const [position, column] of match.byPosition) cells.set(column.key, row.cells[position]);
    const result =
      kind === 'needs' ? needRowInput(cells, columns, context) : capabilityRowInput(cells, columns, context);
    read.push({ row: row.number, result });
    if ((index + 1) % PROGRESS_EVERY === 0) await progress(index + 1);
  }

  const known = await repo.existingOkpd2Codes([...new Set(read.flatMap(({ result }) => result.okpd2))]);
  const innField = kind === 'needs' ? 'buyerOrganizationId' : 'manufacturerOrganizationId';
  const ids = await repo.organizationIdsByInn([
    ...new Set(read.flatMap(({ result }) => (result.inn ? [result.inn] : []))),
  ]);

  return read.map(({ row, result }): CheckedRow => {
    const problems = [...result.problems];
    if (!hasProblemAt(problems, 'okpd2')) {
      result.okpd2.forEach((code, index) => {
        if (known.has(code)) return;
        const path = kind === 'needs' ? 'okpd2' : `okpd2.${index}`;
        problems.push({ path, code: 'unknown_okpd2', params: { value: code } });
      });
    }
    const organizationId = result.inn ? ids.get(result.inn) : undefined;
    if (result.inn && !organizationId && !hasProblemAt(problems, innField)) {
      problems.push({ path: innField, code: 'unknown_inn' });
    }
    if (problems.length > 0 || !result.input) return { row, problems };
    return {
      row,
      problems,
      input: organizationId ? { ...result.input, [innField]: organizationId } : result.input,
    };
  });
}
