import Papa from 'papaparse';

/** A parsed CSV: the header row and the data rows, each cell as text. */
export interface CsvTable {
  headers: string[];
  rows: string[][];
  /** Problems the parser recovered from (a stray quote, a short row), for the admin to see. */
  warnings: string[];
}

export interface ParseCsvOptions {
  /** Called after each chunk with the fraction of the text read so far (0..1). */
  onProgress?: (fraction: number) => void;
  /** Characters per chunk; smaller means more progress updates. */
  chunkSize?: number;
}

const MAX_WARNINGS = 20;

interface StreamingStringConfig extends Papa.ParseConfig<string[]> {
  worker: false;
  chunkSize: number;
  chunk(result: Papa.ParseResult<string[]>): void;
}

/**
 * Parses the text of a CSV file in chunks, so a caller in a worker can report progress. Empty
 * lines are skipped. Entra's bulk templates start with a `version:v1.0` line before the header;
 * it is dropped. The header row is the first remaining row.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  const all: string[][] = [];
  const warnings: string[] = [];
  const total = Math.max(source.length, 1);
  const config: StreamingStringConfig = {
    header: false,
    skipEmptyLines: 'greedy',
    worker: false,
    chunkSize: options.chunkSize ?? 1 << 20,
    chunk: (result) => {
      for (const row of result.data) all.push(row);
      for (const error of result.errors) {
        if (warnings.length < MAX_WARNINGS)
          warnings.push(`Line ${error.row === undefined ? '?' : error.row + 2}: ${error.message}`);
      }
      options.onProgress?.(Math.min(1, result.meta.cursor / total));
    },
  };
  // With `chunk`, papaparse streams a string synchronously chunk by chunk; its type definitions
  // only admit `chunk` for files, hence the widening (covered by the chunked-parse test).
  Papa.parse<string[]>(source, config as Papa.ParseConfig<string[]>);
  if (all[0]?.length === 1 && /^version:/i.test(all[0][0]!.trim())) all.shift();
  const headers = (all.shift() ?? []).map((h) => h.trim());
  return { headers, rows: all, warnings };
}

/**
 * Any cell starting with one of these is run as a formula by Excel or LibreOffice (`-` and `+`
 * too: `-2+3`, `+cmd|...` DDE). Papaparse's own pattern (`^[=+\-@\t\r].*$`) misses a cell whose
 * formula is followed by a line break, so the start alone decides here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV text for the failing-rows export. Cells a spreadsheet would run as a formula get a leading
 * apostrophe. The names come from the directory, not from the admin, so every such cell is
 * escaped, not only those that look like a formula: what a spreadsheet runs differs between
 * products and versions, and a wrong guess runs the cell. The cost: `-Team` is written `'-Team`,
 * and a spreadsheet may show the apostrophe (whether Excel hides it in a CSV is unconfirmed).
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    { fields: [...headers], data: rows.map((r) => [...r]) },
    { escapeFormulae: FORMULA_START },
  );
}
