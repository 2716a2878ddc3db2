import type { Diagnostic } from '../expr';
import type { LintResult, TargetId } from '../lint';
import type { ProofResult } from '../proof';

/** What the linter UI asks: check this text for this target, with these own samples. */
export interface LintRequest {
  text: string;
  targetId: TargetId;
  /** The "own samples" field as typed (see parseOwnSamples). */
  samples: string;
}

/**
 * Everything the linter UI shows for one request. `lint` carries the static diagnostics, the
 * corpus and sample rows and the corpus verdict; `proof` the static analysis of issue #7.
 */
export interface LintView {
  request: LintRequest;
  /** The attribute a plain sample line sets: the first one the expression reads. */
  primaryAttribute: string;
  lint: LintResult;
  /**
   * Absent when the proof itself failed. When the expression has errors it only carries the
   * target's proven expression as `fix` (no `facts`: there was nothing to analyse).
   */
  proof?: ProofResult;
}

/** Page → worker. */
export interface LintJobMessage {
  id: number;
  request: LintRequest;
}

/**
 * Worker → page: first the static diagnostics, then each row as it starts, then the result.
 * Validated by the client (lint-replies.ts).
 */
export type LintWorkerReply =
  /** `regex`: evaluating may run a regular expression (see uses-regex.ts). */
  | { id: number; kind: 'static'; diagnostics: Diagnostic[]; regex: boolean }
  | { id: number; kind: 'row'; index: number; label: string }
  | { id: number; kind: 'done'; view: LintView }
  | { id: number; kind: 'failed'; message: string };
