/** Offline triage of Entra provisioning logs in CloudSSO terms. Pure: no DOM, no browser. */
export * from './types';
export { LogFormatError } from './read-json';
export type { CsvFile } from './read-csv';
export { readLogs, triageEntries, triageFiles } from './triage';
export { groupsCsv } from './export';
export { classify, indexNames, isFailure } from './classify';
export { entryFromPane } from './from-pane';
