/** Bulk dry-run of a mapping expression over an exported Entra CSV. Pure: no DOM, no browser. */
export { guessAttribute, guessMapping, type ColumnMapping } from './columns';
export { parseCsv, toCsv, type CsvTable } from './csv';
export { problemRowsCsv } from './export';
export { ALL_PROBLEMS, filterProblems, outputText, type ProblemFilter } from './filter';
export { attributesOf, runDryRun } from './run';
export * from './types';
