/**
 * `scim-expr mappings --schema FILE [--fix OUT]`: the side panel's Mapping check on the schema a
 * provisioning job exports from Microsoft Graph, for a pipeline that gates mapping changes.
 * Prints one JSON object; exit 0 clean, 1 a problem found, 2 bad usage or not such a schema.
 * It never calls Graph: `fix.command` is the one command the admin runs to apply the copy.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { checkMappings } from '../mappings/check';
import { applyCommand, fixSchema, readableDiff } from '../mappings/fix';
import { readSchema, SchemaError } from '../mappings/schema';
import type { CliIO } from './io';

const EXIT_OK = 0;
const EXIT_FOUND = 1;
const EXIT_USAGE = 2;

export async function runMappings(
  file: string,
  fixOut: string | undefined,
  io: Pick<CliIO, 'out' | 'err'>,
): Promise<number> {
  let text: string;
  try {
    const bytes = await readFile(file);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    const why =
      e instanceof TypeError
        ? 'it is not UTF-8 text'
        : ((e as NodeJS.ErrnoException).code ?? String(e));
    io.err(`scim-expr: cannot read --schema ${JSON.stringify(file)} (${why}).`);
    return EXIT_USAGE;
  }
  let schema;
  try {
    schema = readSchema(text);
  } catch (e) {
    if (!(e instanceof SchemaError)) throw e;
    io.err(`scim-expr: ${file}: ${e.message}.`);
    return EXIT_USAGE;
  }
  const check = checkMappings({
    rows: schema.rows,
    unread: schema.unread,
    objects: schema.objects,
  });
  const out: Record<string, unknown> = { ...check };
  if (fixOut !== undefined) {
    const fixed = fixSchema(schema, check);
    try {
      await writeFile(fixOut, fixed.text);
    } catch (e) {
      io.err(
        `scim-expr: cannot write --fix ${JSON.stringify(fixOut)} (${(e as NodeJS.ErrnoException).code ?? String(e)}).`,
      );
      return EXIT_USAGE;
    }
    out.fix = {
      file: fixOut,
      changes: fixed.changes,
      notFixed: fixed.notFixed,
      diff: readableDiff(fixed.changes),
      command: applyCommand(fixOut),
    };
  }
  await io.out(JSON.stringify(out));
  return check.problems > 0 ? EXIT_FOUND : EXIT_OK;
}
