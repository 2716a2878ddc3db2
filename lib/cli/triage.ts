/**
 * `scim-expr triage --logs FILE [--logs FILE...]`: groups the failures of an Entra
 * provisioning-log download (JSON, Graph JSON, or the CSV files) by CloudSSO cause (lib/triage)
 * and prints one JSON document. Exit status: 0 no failure in the logs, 1 failures found, 2 bad
 * usage or a file that cannot be read as provisioning logs.
 */

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { LogFormatError, triageFiles, type CsvFile } from '../triage';
import { UsageError } from './args';
import { decodeText } from './stdin';

export interface TriageIO {
  out(line: string): Promise<void>;
  err(line: string): void;
  readFile?: (path: string) => Promise<Uint8Array>;
}

function parseTriageArgs(argv: readonly string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--logs' || arg.startsWith('--logs=')) {
      const value = arg === '--logs' ? argv[++i] : arg.slice('--logs='.length);
      if (value === undefined || value === '') throw new UsageError('--logs needs a file.');
      files.push(value);
      continue;
    }
    throw new UsageError(
      arg.startsWith('--')
        ? `unknown option ${arg.split('=')[0]} for triage.`
        : `unexpected argument ${JSON.stringify(arg)}.`,
    );
  }
  if (files.length === 0) throw new UsageError('triage needs --logs FILE.');
  return files;
}

export async function runTriage(argv: readonly string[], io: TriageIO): Promise<number> {
  let paths: string[];
  try {
    paths = parseTriageArgs(argv);
  } catch (e) {
    io.err(`scim-expr: ${(e as Error).message}`);
    io.err('Run "scim-expr --help" for usage.');
    return 2;
  }
  const read = io.readFile ?? ((p: string) => readFile(p));
  const files: CsvFile[] = [];
  for (const path of paths) {
    try {
      files.push({ name: basename(path), text: decodeText(await read(path), path) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.err(
        `scim-expr: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      );
      return 2;
    }
  }
  try {
    const result = triageFiles(files);
    await io.out(
      JSON.stringify({
        format: result.format,
        entries: result.entries,
        failures: result.failures,
        groups: result.groups.map((g) => ({
          cause: g.cause,
          count: g.objects.length,
          objects: g.objects.map((o) => ({
            displayName: o.displayName,
            objectId: o.objectId,
            ...o.detail,
          })),
        })),
        warnings: result.warnings,
      }),
    );
    return result.failures > 0 ? 1 : 0;
  } catch (e) {
    if (!(e instanceof LogFormatError)) throw e;
    io.err(`scim-expr: ${e.message}`);
    return 2;
  }
}
