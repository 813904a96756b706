import { createContext } from "react";

/** Someone else working in a table cell now. */
export interface CellEditor {
  name: string;
  /** Their colour (the same as their caret and avatar). */
  colour: string;
}

/** The key of one cell in awareness (`cell`) and in `data-cell`: row id and field. */
export function cellKey(rowId: string, field: string): string {
  return `${rowId}/${field}`;
}

/** Who else is in a cell (by `cellKey`), from presence. The plan editor provides it. */
export const CellEditorsContext = createContext<(cell: string) => readonly CellEditor[]>(() => []);
