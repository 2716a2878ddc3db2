/**
 * What the CLI's main thread and its evaluation worker say to each other, and the JSON shapes
 * the CLI prints (docs/automation-contract.md#command-line-node-distscim-exprjs).
 */

import type { Severity, Attributes, Output } from '../expr';
import type { LintSample, Verdict } from '../lint/types';
import type { TargetId } from '../targets/targets';

export type Job =
  | { kind: 'eval'; expr: string; attrs: Attributes; now?: string }
  | {
      kind: 'lint';
      expr: string;
      target: TargetId;
      samples: LintSample[];
      context: 'scim-app' | 'cloud-sync';
      now?: string;
      rows: boolean;
    };

export type EvalOutput =
  | {
      ok: true;
      value: Output;
      /** Only when a flow signal decided the result: null then means "skip", not "not set". */
      flow?: 'ignore-attribute' | 'ignore-object';
    }
  | { ok: false; error: { code: string; message: string } };

export interface DiagnosticOutput {
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
}

export interface RowOutput {
  id: string;
  label: string;
  inputs: Attributes;
  output?: Output;
  error?: { code: string; message: string };
  pass: boolean;
  violations: { code: string; severity: Severity; message: string }[];
}

export interface LintOutput {
  diagnostics: DiagnosticOutput[];
  verdict: Verdict;
  explanation: string;
  /** Same shape as the proof engine's counterexample (lib/proof/types.ts), plus the row label. */
  counterexample?: {
    label: string;
    attrs: Attributes;
    output: Output;
    violation: { code: string; severity: Severity; message: string };
  };
  /**
   * For an "unknown" verdict: the part of the expression that defeated the proof, as offsets into
   * the expression (like a diagnostic's) and its source text.
   */
  span?: { start: number; end: number; text: string };
  /** A proven-safe replacement (lib/proof): unique variant and corpus changes when available. */
  fix?: {
    expression: string;
    title: string;
    uniqueVariant?: string;
    changes?: {
      recordId: string;
      input: string;
      before: Output;
      beforeError?: string;
      after: Output;
    }[];
  };
  rows?: RowOutput[];
}

export type JobOutput = EvalOutput | LintOutput;

/** Worker → main. `progress` restarts the hang timer and says what is being evaluated. */
export type WorkerMessage =
  | { id: number; type: 'analysis'; diagnostics: DiagnosticOutput[] }
  | { id: number; type: 'progress'; where: string }
  | { id: number; type: 'done'; output: JobOutput }
  | { id: number; type: 'failed'; message: string };

/** Main → worker. */
export interface JobMessage {
  id: number;
  job: Job;
}
