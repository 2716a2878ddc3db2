import { classify, indexNames, isFailure } from './classify';
import { readCsvLogs, type CsvFile } from './read-csv';
import { entryFromGraph, LogFormatError, readJsonLogs } from './read-json';
import {
  CAUSES,
  type AffectedObject,
  type Cause,
  type LogEntry,
  type LogFormat,
  type TriageResult,
} from './types';

export interface TriageOptions {
  /** 0..1 over reading and classifying; called at most every `every` entries. */
  onProgress?: (fraction: number, phase: 'read' | 'classify') => void;
}

/** A file is JSON when its first non-space character opens a JSON value. */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[[{]/.test(text);
}

/** Reads one or more files of one download into entries (JSON, Graph, or CSV files). */
export function readLogs(
  files: readonly CsvFile[],
  options: TriageOptions = {},
): { format: LogFormat; entries: LogEntry[]; warnings: string[] } {
  if (files.length === 0) throw new LogFormatError('No file given.');
  const jsonFiles = files.filter((f) => looksLikeJson(f.text));
  if (jsonFiles.length > 0 && jsonFiles.length !== files.length) {
    throw new LogFormatError('Give either the JSON download or the CSV files, not both.');
  }
  if (jsonFiles.length === 0) {
    const { entries, warnings } = readCsvLogs(files, (f) => options.onProgress?.(f, 'read'));
    return { format: 'csv', entries, warnings };
  }
  let format: LogFormat = 'json';
  const entries: LogEntry[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const read = readJsonLogs(file.text);
    if (read.format === 'graph') format = 'graph';
    read.records.forEach((raw, i) => {
      const entry = entryFromGraph(raw, entries.length);
      if (entry) entries.push(entry);
      else if (warnings.length < 20)
        warnings.push(`${file.name}: record ${i + 1} is not an object.`);
    });
    options.onProgress?.(1, 'read');
  }
  return { format, entries, warnings };
}

const PROGRESS_EVERY = 5_000;

/** Groups the failures of already-read entries by cause. */
export function triageEntries(
  entries: readonly LogEntry[],
  format: LogFormat,
  warnings: string[] = [],
  options: TriageOptions = {},
): TriageResult {
  const names = indexNames(entries);
  const byCause = new Map<Cause, AffectedObject[]>();
  let failures = 0;
  entries.forEach((entry, i) => {
    if (i % PROGRESS_EVERY === 0) options.onProgress?.(i / entries.length, 'classify');
    if (!isFailure(entry)) return;
    failures++;
    const object = classify(entry, names);
    const list = byCause.get(object.detail.cause) ?? [];
    list.push(object);
    byCause.set(object.detail.cause, list);
  });
  options.onProgress?.(1, 'classify');
  return {
    format,
    entries: entries.length,
    failures,
    groups: CAUSES.filter((c) => byCause.has(c)).map((cause) => ({
      cause,
      objects: byCause.get(cause)!,
    })),
    warnings,
  };
}

export function triageFiles(files: readonly CsvFile[], options: TriageOptions = {}): TriageResult {
  const { format, entries, warnings } = readLogs(files, options);
  return triageEntries(entries, format, warnings, options);
}
