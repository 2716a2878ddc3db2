/** Bulk dry-run of a mapping expression over an exported Entra CSV. Pure: no DOM, no browser. */
export {
  guessAttribute,
  guessMapping,
  isAttributeName,
  KNOWN_ATTRIBUTES,
  type ColumnMapping,
} from './columns';
export { parseCsv, toCsv, type CsvTable, type ParseCsvOptions } from './csv';
export { problemRowsCsv } from './export';
export {
  ALL_PROBLEMS,
  filterProblems,
  matchesFilter,
  outputText,
  type ProblemFilter,
} from './filter';
export { attributesOf, isEmptyOutput, PROBLEM_MESSAGES, runDryRun, type DryRunInput } from './run';
export * from './types';
