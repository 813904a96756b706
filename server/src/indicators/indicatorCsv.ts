import { parse } from "csv-parse";
import { INDICATOR_IMPORT_LIMITS, INDICATOR_SERIES_LIMITS, indicatorPoint, type ImportSeriesGroup, type IndicatorPoint } from "@jigsaw/shared/plan/index";

/*
 * Reads an indicator CSV: PHE/OHID Fingertips' `all_data` export (columns
 * found by name, in any order; "Compared to …" columns and `Time period
 * range` ignored) or a plain layout (period, value, optional limits, count,
 * denominator, note) for local data. Parsed with csv-parse (quotes, embedded
 * commas and newlines, BOM); lines starting with `#` before or between rows
 * are comments. Every problem is reported with the file's row (line) number
 * and the column's name; a file with any problem yields no data at all.
 */

/** A problem with the file, naming the row and column where there is one. */
export class IndicatorCsvError extends Error {}

/** England's ONS code: Fingertips' national comparator. */
export const ENGLAND_CODE = "E92000001";

/** A point with the file row it came from. */
export interface CsvPoint extends IndicatorPoint {
  row: number;
}

/** An area's rows within a series group. */
export interface CsvArea {
  code: string;
  name: string;
  areaType: string;
  points: CsvPoint[];
}

/** A series group with its areas' points. */
export interface CsvGroup extends Omit<ImportSeriesGroup, "areas"> {
  areas: Map<string, CsvArea>;
}

/** A whole file, read. */
export interface ParsedIndicatorCsv {
  layout: "fingertips" | "plain";
  dataRows: number;
  groups: CsvGroup[];
}

/** Header name, normalised for matching: lower case, single spaces. */
function norm(h: string): string {
  return h.replace(/^\uFEFF/, "").trim().replace(/\s+/g, " ").toLowerCase();
}

const FINGERTIPS = {
  indicatorId: "Indicator ID",
  indicatorName: "Indicator Name",
  areaCode: "Area Code",
  areaName: "Area Name",
  areaType: "Area Type",
  sex: "Sex",
  age: "Age",
  categoryType: "Category Type",
  category: "Category",
  period: "Time period",
  value: "Value",
  lower: "Lower CI 95.0 limit",
  upper: "Upper CI 95.0 limit",
  count: "Count",
  denominator: "Denominator",
  note: "Value note",
} as const;
const FINGERTIPS_REQUIRED = ["indicatorId", "indicatorName", "areaCode", "areaName", "period", "value"] as const;

const PLAIN: Record<string, readonly string[]> = {
  period: ["period", "time period", "year"],
  value: ["value"],
  lower: ["lower", "lower ci", "lower ci 95", "lower ci 95.0 limit", "lower 95% limit", "lower_ci_95"],
  upper: ["upper", "upper ci", "upper ci 95", "upper ci 95.0 limit", "upper 95% limit", "upper_ci_95"],
  count: ["count", "numerator"],
  denominator: ["denominator"],
  note: ["note", "value note"],
};

/** The display name of a column (as the file spells it). */
type Columns = Partial<Record<string, { index: number; name: string }>>;

function readNumber(raw: string | undefined, row: number, column: string): number | null {
  const t = (raw ?? "").trim();
  if (t === "") return null;
  const n = Number(t.replace(/,/g, ""));
  if (!Number.isFinite(n) || !/^[-+]?[\d,]*\.?\d+(e[-+]?\d+)?$/i.test(t)) {
    throw new IndicatorCsvError(`Row ${row}, column “${column}”: “${t.slice(0, 40)}” is not a number`);
  }
  return n;
}

function readText(raw: string | undefined, max: number, row: number, column: string): string {
  const t = (raw ?? "").trim();
  if (t.length > max) throw new IndicatorCsvError(`Row ${row}, column “${column}”: longer than ${max} characters`);
  return t;
}

type CsvRecord = { record: string[]; info: { lines: number } };

const CSV_OPTIONS = {
  bom: true,
  comment: "#",
  comment_no_infix: true,
  skip_empty_lines: true,
  relax_column_count: false,
  info: true,
  to: INDICATOR_IMPORT_LIMITS.maxRows + 1,
} as const;

/** Characters fed to the parser between turns of the event loop (a 10 MB file never blocks it for long). */
const CHUNK = 64 * 1024;

function csvProblem(e: unknown): IndicatorCsvError {
  const err = e as { message?: string; lines?: number; code?: string };
  const where = typeof err.lines === "number" ? `Row ${err.lines}: ` : "";
  const why =
    err.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH"
      ? "the number of columns differs from the header row"
      : err.code === "CSV_QUOTE_NOT_CLOSED"
        ? "a quoted value is never closed"
        : "the file is not valid CSV";
  return new IndicatorCsvError(`${where}${why}`);
}

/** The file's records, parsed in chunks with a yield to the event loop between them. */
async function readRecords(text: string): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  let failure: unknown = null;
  const parser = parse(CSV_OPTIONS);
  parser.on("readable", () => {
    let r: CsvRecord | null;
    while ((r = parser.read() as CsvRecord | null) !== null) records.push(r);
  });
  parser.on("error", (e) => {
    failure ??= e;
  });
  const ended = new Promise<void>((resolve) => {
    parser.on("end", resolve);
    parser.on("close", resolve);
    parser.on("error", () => resolve());
  });
  for (let i = 0; i < text.length && failure === null && !parser.destroyed; i += CHUNK) {
    parser.write(text.slice(i, i + CHUNK));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (failure === null && !parser.destroyed) parser.end();
  await ended;
  if (failure !== null) throw csvProblem(failure);
  return records;
}

/**
 * Parse an indicator CSV (text) without blocking the event loop for long.
 * Throws `IndicatorCsvError` naming the row and column of the first problem.
 */
export async function parseIndicatorCsv(text: string): Promise<ParsedIndicatorCsv> {
  return fromRecords(await readRecords(text));
}

const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function fromRecords(records: CsvRecord[]): Promise<ParsedIndicatorCsv> {
  if (records.length === 0) throw new IndicatorCsvError("The file is empty");
  const [head, ...rows] = records;
  if (rows.length > INDICATOR_IMPORT_LIMITS.maxRows) throw new IndicatorCsvError(`The file has more than ${INDICATOR_IMPORT_LIMITS.maxRows} rows`);
  if (rows.length === 0) throw new IndicatorCsvError("The file has a header row but no data rows");
  const headers = head!.record.map(norm);
  const headerRow = head!.info.lines;
  const fingertips = headers.includes(norm(FINGERTIPS.indicatorId)) || headers.includes(norm(FINGERTIPS.areaCode));
  const cols: Columns = {};
  const find = (key: string, names: readonly string[]) => {
    const index = headers.findIndex((h) => names.includes(h));
    if (index >= 0) cols[key] = { index, name: head!.record[index]!.replace(/^\uFEFF/, "").trim() };
  };
  if (fingertips) {
    for (const [key, name] of Object.entries(FINGERTIPS)) find(key, [norm(name)]);
    const missing = FINGERTIPS_REQUIRED.filter((k) => !cols[k]).map((k) => `“${FINGERTIPS[k]}”`);
    if (missing.length) {
      throw new IndicatorCsvError(`Row ${headerRow} (the header row): column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} missing from this Fingertips file`);
    }
  } else {
    for (const [key, names] of Object.entries(PLAIN)) find(key, names);
    const missing = ["period", "value"].filter((k) => !cols[k]).map((k) => `“${k}”`);
    if (missing.length) {
      throw new IndicatorCsvError(
        `Row ${headerRow} (the header row): column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} missing. A plain file needs the columns period and value (lower, upper, count, denominator and note are optional); a Fingertips file needs its own column names`,
      );
    }
  }

  const groups = new Map<string, CsvGroup>();
  const seen = new Map<string, number>();
  let dataRows = 0;
  const cell = (r: string[], key: string) => (cols[key] ? r[cols[key].index] : undefined);
  const colName = (key: string) => cols[key]?.name ?? key;
  for (let k = 0; k < rows.length; k++) {
    if (k % 2000 === 1999) await yieldTurn();
    const { record: r, info } = rows[k]!;
    const row = info.lines;
    // Fingertips: inequality breakdowns (a Category Type) are not the headline series.
    if (fingertips && (cell(r, "categoryType") ?? "").trim() !== "") continue;
    dataRows++;
    const indicatorId = fingertips ? readText(cell(r, "indicatorId"), 40, row, colName("indicatorId")) : null;
    const indicatorName = fingertips ? readText(cell(r, "indicatorName"), INDICATOR_SERIES_LIMITS.textMax, row, colName("indicatorName")) : "";
    const sex = readText(cell(r, "sex"), 60, row, colName("sex"));
    const age = readText(cell(r, "age"), 60, row, colName("age"));
    const code = fingertips ? readText(cell(r, "areaCode"), INDICATOR_SERIES_LIMITS.areaCodeMax, row, colName("areaCode")) : "";
    if (fingertips && code === "") throw new IndicatorCsvError(`Row ${row}, column “${colName("areaCode")}”: empty`);
    const period = readText(cell(r, "period"), INDICATOR_SERIES_LIMITS.periodMax, row, colName("period"));
    if (period === "") throw new IndicatorCsvError(`Row ${row}, column “${colName("period")}”: empty`);
    const point: CsvPoint = {
      ...indicatorPoint(period, readNumber(cell(r, "value"), row, colName("value")), {
        lowerCi95: readNumber(cell(r, "lower"), row, colName("lower")),
        upperCi95: readNumber(cell(r, "upper"), row, colName("upper")),
        count: readNumber(cell(r, "count"), row, colName("count")),
        denominator: readNumber(cell(r, "denominator"), row, colName("denominator")),
        note: readText(cell(r, "note"), INDICATOR_SERIES_LIMITS.noteMax, row, colName("note")),
      }),
      row,
    };
    const key = fingertips ? JSON.stringify([indicatorId, sex, age]) : "plain";
    const dupKey = `${key}\u0000${code}\u0000${period}`;
    const earlier = seen.get(dupKey);
    if (earlier !== undefined) {
      throw new IndicatorCsvError(
        `Row ${row}, column “${colName("period")}”: period “${period}”${code ? ` for area ${code}` : ""} appears twice (also row ${earlier})`,
      );
    }
    seen.set(dupKey, row);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, indicatorId, indicatorName, sex, age, areas: new Map() }));
    let a = g.areas.get(code);
    if (!a) {
      const name = fingertips ? readText(cell(r, "areaName"), INDICATOR_SERIES_LIMITS.textMax, row, colName("areaName")) : "";
      g.areas.set(code, (a = { code, name, areaType: readText(cell(r, "areaType"), 100, row, colName("areaType")), points: [] }));
    }
    a.points.push(point);
    if (a.points.length > INDICATOR_SERIES_LIMITS.pointsMax) {
      throw new IndicatorCsvError(`Row ${row}: more than ${INDICATOR_SERIES_LIMITS.pointsMax} periods for one area`);
    }
  }
  if (dataRows === 0) throw new IndicatorCsvError("The file has no headline rows (every row is a breakdown by category)");
  for (const g of groups.values()) for (const a of g.areas.values()) a.points.sort((x, y) => comparePeriods(x.period, y.period));
  return { layout: fingertips ? "fingertips" : "plain", dataRows, groups: [...groups.values()] };
}

/** Order of periods: numeric-aware ("2019 - 21" < "2020 - 22", "2019/20 Q2" < "2019/20 Q10"). */
export function comparePeriods(a: string, b: string): number {
  return PERIOD_COLLATOR.compare(a, b);
}
const PERIOD_COLLATOR = new Intl.Collator("en", { numeric: true });
