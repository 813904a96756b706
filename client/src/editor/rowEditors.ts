import { createContext } from "react";

/** Who else is working in a table row now (names), from presence. The plan editor provides it. */
export const RowEditorsContext = createContext<(rowId: string) => readonly string[]>(() => []);
