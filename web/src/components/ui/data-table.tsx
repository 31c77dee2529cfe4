import type { ReactNode } from 'react';
import './ui.css';

export type Column<T> = {
  key: string;
  header: ReactNode;
  /** Text repeated before the value when rows turn into cards on narrow screens. */
  label: string;
  cell: (row: T) => ReactNode;
  className?: string;
};

type DataTableProps<T> = {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** The caption stays for screen readers only when the page heading already says it. */
  captionHidden?: boolean;
};

/** A semantic table; below 720 px each row becomes a card whose cells carry their column's label. */
export function DataTable<T>({ caption, columns, rows, rowKey, captionHidden = true }: DataTableProps<T>) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className={captionHidden ? 'visually-hidden' : 'table-caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.className} data-label={column.label}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
