/** Offline triage of Entra provisioning logs in CloudSSO terms. Pure: no DOM, no browser. */
export * from './types';
export { LogFormatError, entryFromGraph, readJsonLogs } from './read-json';
export { readCsvLogs, csvKind, type CsvFile } from './read-csv';
export { classify, indexNames, isFailure, normalizeName } from './classify';
export { readLogs, triageEntries, triageFiles, looksLikeJson, type TriageOptions } from './triage';
export { groupsCsv, detailText } from './export';
