/**
 * scim-expr's command logic, separated from process wiring so the exit-code rules live in one
 * place: 0 clean; 1 an error was found (an error diagnostic, a failed evaluation, an "unsafe"
 * verdict); 2 bad usage or unreadable input (in --batch: any malformed line). A lint that hits
 * this tool's own limits (the worker timeout) is "unknown", not an error.
 */

import type { Attributes } from '../expr';
import { TOOL_LIMIT_NOTE } from '../targets/eval-limits';
import type { LintSample } from '../lint/types';
import { TARGET_IDS, type TargetId } from '../targets/targets';
import { HELP, parseArgs, UsageError, type CliArgs } from './args';
import {
  InputError,
  parseAttrs,
  parseContext,
  parseEvalLine,
  parseLintLine,
  parseNow,
  parseSamples,
  parseTarget,
  parseTimeout,
} from './input';
import type { EvalOutput, Job, LintOutput } from './protocol';
import { runMappings } from './mappings';
import { decodeText, readAll, readLines } from './stdin';
import type { JobResult, Supervisor } from './supervisor';
import { runTriage } from './triage';
import type { CliIO } from './io';

export type { CliIO } from './io';

export const EXIT_OK = 0;
export const EXIT_FOUND = 1;
export const EXIT_USAGE = 2;

interface Settings {
  timeoutMs: number;
  now: string | undefined;
  context: 'scim-app' | 'cloud-sync';
  rows: boolean;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  // triage reads files, not expressions: its own options and output (lib/cli/triage.ts).
  if (argv[0] === 'triage' && !argv.includes('--help') && !argv.includes('-h')) {
    return runTriage(argv.slice(1), io);
  }
  let args: CliArgs;
  let settings: Settings;
  try {
    args = parseArgs(argv);
    if (args.command === 'help') {
      await io.out(HELP.replace('TARGET_LIST', TARGET_IDS.join(', ')).trimEnd());
      return EXIT_OK;
    }
    if (args.command === 'mappings') return await runMappings(args.schema!, args.fix, io);
    settings = {
      timeoutMs: parseTimeout(args.timeout),
      now: parseNow(args.now),
      context: parseContext(args.context),
      rows: args.rows,
    };
  } catch (e) {
    return usage(io, e);
  }
  const supervisor = io.supervisor(settings.timeoutMs);
  try {
    return args.batch
      ? await runBatch(args, settings, supervisor, io)
      : await runSingle(args, settings, supervisor, io);
  } finally {
    await supervisor.close();
  }
}

function usage(io: CliIO, e: unknown): number {
  if (e instanceof UsageError || e instanceof InputError) {
    io.err(`scim-expr: ${e.message}`);
    if (e instanceof UsageError) io.err('Run "scim-expr --help" for usage.');
    return EXIT_USAGE;
  }
  throw e;
}

async function runSingle(
  args: CliArgs,
  settings: Settings,
  supervisor: Supervisor,
  io: CliIO,
): Promise<number> {
  let job: Job;
  try {
    const expr = await readExpr(args.expr!, io);
    job =
      args.command === 'eval'
        ? evalJob(expr, args.attrs === undefined ? {} : parseAttrs(args.attrs), settings)
        : lintJob(
            expr,
            parseTarget(args.target!),
            args.samples === undefined ? [] : parseSamples(args.samples),
            settings,
          );
  } catch (e) {
    return usage(io, e);
  }
  const { line, exit } = present(job, await supervisor.run(job), settings);
  await io.out(line);
  return exit;
}

async function readExpr(flag: string, io: CliIO): Promise<string> {
  if (flag !== '-') {
    if (flag.trim() === '') throw new InputError('input.empty-expr', '--expr is empty.');
    return flag;
  }
  const text = decodeText(await readAll(io.stdin), 'stdin').replace(/\r?\n$/, '');
  if (text.trim() === '')
    throw new InputError('input.empty-expr', 'no expression on stdin (it is empty).');
  return text;
}

function evalJob(expr: string, attrs: Attributes, s: Settings): Job {
  return { kind: 'eval', expr, attrs, ...(s.now ? { now: s.now } : {}) };
}

function lintJob(expr: string, target: TargetId, samples: LintSample[], s: Settings): Job {
  return {
    kind: 'lint',
    expr,
    target,
    samples,
    context: s.context,
    rows: s.rows,
    ...(s.now ? { now: s.now } : {}),
  };
}

async function runBatch(
  args: CliArgs,
  settings: Settings,
  supervisor: Supervisor,
  io: CliIO,
): Promise<number> {
  let defaultTarget: TargetId | undefined;
  try {
    defaultTarget = args.target === undefined ? undefined : parseTarget(args.target);
  } catch (e) {
    return usage(io, e);
  }
  let worst = EXIT_OK;
  let lineNo = 0;
  let seen = 0;
  for await (const bytes of readLines(io.stdin)) {
    lineNo++;
    let job: Job;
    try {
      const text = decodeText(bytes, 'the line');
      if (text.trim() === '') continue;
      seen++;
      if (args.command === 'eval') {
        const { expr, attrs } = parseEvalLine(text);
        job = evalJob(expr, attrs, settings);
      } else {
        const { expr, target, samples } = parseLintLine(text, defaultTarget);
        job = lintJob(expr, target, samples, settings);
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      seen++;
      io.err(`scim-expr: line ${lineNo}: ${e.message}`);
      const error = { code: e.code, message: e.message };
      await io.out(JSON.stringify(args.command === 'eval' ? { ok: false, error } : { error }));
      worst = Math.max(worst, EXIT_USAGE);
      continue;
    }
    const { line, exit } = present(job, await supervisor.run(job), settings);
    await io.out(line);
    worst = Math.max(worst, exit);
  }
  if (seen === 0) {
    io.err('scim-expr: --batch read no input lines on stdin.');
    return EXIT_USAGE;
  }
  return worst;
}

/** The JSON line for a job's result, and the exit code it implies. */
function present(job: Job, r: JobResult, s: Settings): { line: string; exit: number } {
  if (job.kind === 'eval') {
    let out: EvalOutput;
    if (r.kind === 'done') out = r.output as EvalOutput;
    else if (r.kind === 'timeout') {
      const message = timeoutMessage(s);
      out = {
        ok: false,
        error: { code: 'eval.timeout', message: message[0]!.toUpperCase() + message.slice(1) },
      };
    } else out = { ok: false, error: { code: 'internal.error', message: internal(r.message) } };
    return { line: JSON.stringify(out), exit: out.ok ? EXIT_OK : EXIT_FOUND };
  }
  let out: LintOutput | { error: { code: string; message: string } };
  if (r.kind === 'done') out = r.output as LintOutput;
  else if (r.kind === 'timeout') {
    const where = r.where;
    out = {
      diagnostics: [
        ...(r.analysis ?? []),
        {
          code: 'eval.timeout',
          // The time limit is this tool's, not Entra's (lib/targets/eval-limits.ts): a warning.
          severity: 'warning',
          message: `With ${where}, ${timeoutMessage(s)} ${TOOL_LIMIT_NOTE}`,
          start: 0,
          end: job.expr.length,
        },
      ],
      verdict: 'unknown',
      explanation: `Evaluating the expression with ${where} did not finish within ${s.timeoutMs} ms and was stopped, so the verdict is unknown. ${TOOL_LIMIT_NOTE}`,
    };
  } else out = { error: { code: 'internal.error', message: internal(r.message) } };
  const failed =
    'error' in out ||
    out.verdict === 'unsafe' ||
    out.diagnostics.some((d) => d.severity === 'error');
  return { line: JSON.stringify(out), exit: failed ? EXIT_FOUND : EXIT_OK };
}

function timeoutMessage(s: Settings): string {
  return `the evaluation did not finish within ${s.timeoutMs} ms and was stopped; a regular expression in it probably backtracks catastrophically.`;
}

function internal(message: string): string {
  return `internal error in the expression engine: ${message}`;
}
