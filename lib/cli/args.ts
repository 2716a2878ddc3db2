/**
 * Command-line parsing for scim-expr. Bad usage is a `UsageError` whose message is the one line
 * printed on stderr before exiting with code 2.
 */

export class UsageError extends Error {
  override name = 'UsageError';
}

export type Command = 'eval' | 'lint' | 'mappings';

export interface CliArgs {
  command: Command | 'help';
  expr?: string;
  attrs?: string;
  target?: string;
  samples?: string;
  now?: string;
  context?: string;
  timeout?: string;
  /** mappings: the Graph synchronization schema file, and where to write the corrected copy. */
  schema?: string;
  fix?: string;
  batch: boolean;
  rows: boolean;
}

type ValueFlag =
  'expr' | 'attrs' | 'target' | 'samples' | 'now' | 'context' | 'timeout' | 'schema' | 'fix';
type BoolFlag = 'batch' | 'rows';

const VALUE_FLAGS: Record<Command, readonly ValueFlag[]> = {
  eval: ['expr', 'attrs', 'now', 'timeout'],
  lint: ['expr', 'target', 'samples', 'now', 'context', 'timeout'],
  mappings: ['schema', 'fix'],
};
const BOOL_FLAGS: Record<Command, readonly BoolFlag[]> = {
  eval: ['batch'],
  lint: ['batch', 'rows'],
  mappings: [],
};

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    return { command: 'help', batch: false, rows: false };
  }
  const [command, ...rest] = argv;
  if (command === undefined)
    throw new UsageError('missing command (eval, lint, mappings or triage).');
  // triage has its own parser (lib/cli/triage.ts); run() sends it there before this one.
  if (command !== 'eval' && command !== 'lint' && command !== 'mappings') {
    throw new UsageError(
      `unknown command ${JSON.stringify(command)}; expected eval, lint, mappings or triage.`,
    );
  }
  const out: CliArgs = { command, batch: false, rows: false };
  const seen = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      throw new UsageError(`unexpected argument ${JSON.stringify(arg)}.`);
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (seen.has(name)) throw new UsageError(`--${name} given twice.`);
    seen.add(name);
    if ((BOOL_FLAGS[command] as readonly string[]).includes(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value.`);
      out[name as BoolFlag] = true;
      continue;
    }
    if (!(VALUE_FLAGS[command] as readonly string[]).includes(name)) {
      throw new UsageError(`unknown option --${name} for ${command}.`);
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = rest[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value.`);
    }
    out[name as ValueFlag] = value;
  }
  if (command === 'mappings') {
    if (out.schema === undefined || out.schema === '')
      throw new UsageError('mappings needs --schema FILE.');
    if (out.fix === '') throw new UsageError('--fix needs a file name.');
    return out;
  }
  if (out.batch) {
    if (out.expr !== undefined)
      throw new UsageError('--batch reads expressions from stdin; drop --expr.');
    if (out.attrs !== undefined)
      throw new UsageError('--batch takes attrs from each input line; drop --attrs.');
    if (out.samples !== undefined) {
      throw new UsageError('--batch takes samples from each input line; drop --samples.');
    }
  } else {
    if (out.expr === undefined)
      throw new UsageError(`${command} needs --expr EXPR (or --expr - to read stdin).`);
    if (command === 'lint' && out.target === undefined) {
      throw new UsageError('lint needs --target ID.');
    }
  }
  return out;
}

export const HELP = `scim-expr: evaluate and lint Microsoft Entra attribute-mapping expressions against
Alibaba Cloud CloudSSO's naming rules.

Usage:
  scim-expr eval --expr EXPR [--attrs JSON] [--now ISO-DATE] [--timeout MS]
  scim-expr lint --expr EXPR --target ID [--samples JSON] [--context scim-app|cloud-sync]
                 [--rows] [--now ISO-DATE] [--timeout MS]
  scim-expr eval --batch      < lines of {"expr":...,"attrs":{...}}
  scim-expr lint --batch [--target ID]  < lines of {"expr":...,"target":...,"samples":[...]}
  scim-expr mappings --schema FILE [--fix OUT]
  scim-expr triage --logs FILE [--logs FILE...]

  --expr -       read the expression from stdin
  --attrs JSON   source attributes, e.g. '{"displayName":"Zoë Ångström"}'
  --samples JSON your own objects for lint: [{"label":"...","attrs":{...}}, ...]
  --rows         lint: add each test object's input, output and verdict to the result
  --timeout MS   stop one evaluation after MS milliseconds (default 2000)
  --schema FILE  mappings: the provisioning job's schema as Microsoft Graph exports it
  --fix OUT      mappings: write the corrected schema to OUT (the rest of the file unchanged)
  --logs FILE    triage: a Provisioning logs download (the JSON file, or the CSV files, each
                 with its own --logs); failures are grouped by CloudSSO cause

Targets: TARGET_LIST

Output is JSON on stdout, one line per result; messages go to stderr.
Exit status: 0 clean; 1 an error was found (an error diagnostic, a failed evaluation, an
"unsafe" verdict, a mapping problem, a failure in the logs); 2 bad usage, unreadable input or
a file that is not a synchronization schema or a provisioning log.
`;
