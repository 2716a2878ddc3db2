/**
 * Finds polynomial backtracking: k unbounded repetitions in a row that can all match the same
 * character (`a*a*a*b`, `\w*\w*\w*x`, `.*,.*,.*=`). When what follows them fails, a backtracking
 * engine tries every way of sharing a run of n such characters between the k repetitions, about
 * n^k steps (times n more when the pattern is not anchored, since every start is tried).
 *
 * The walk follows every path through the pattern carrying "chains": the repetitions met so far
 * and the characters all of them (and every required character between them) can match. A chain
 * grows at a repetition whose characters overlap it, narrows at a required character, passes
 * optional parts, and ends at anything none of its characters can satisfy (`\w*-\w*` is two
 * chains of one). Only the failure of something after a chain makes the engine backtrack, so a
 * chain counts only for characters on which a later part can fail and no path after it reaches
 * the end of the pattern: otherwise the first attempt matches (`a*a*a*` alone is fine, and so is
 * `[ab]*[ab]*a?`, whose optional "a" gives way before any repetition is retried).
 *
 * Simplifications, all towards reporting more: lookbehinds, negative lookaheads and
 * back-references let a chain through unchanged, and an optional atomic group does not starve the
 * repetitions after it (`a*(?>a*)a*a*b` counts 3, where the engine does about n^2).
 *
 * The pumped string is a run of ONE repeated character, which covers the usual cases; chains
 * that only overlap on longer strings (`(?:ab)*(?:ab)*(?:ab)*c`) are not found.
 */
import { first, nullable } from './analyze';
import {
  ALL_UNITS,
  boundaryWordSet,
  type CharSet,
  EMPTY_SET,
  intersect,
  overlaps,
  subtract,
  union,
} from './charset';
import type { RegexIssue, RegexNode } from './types';

/** Chains of this many repetitions or more are reported (and refused on long inputs). */
export const POLYNOMIAL_REPORTED_DEGREE = 3;

/**
 * A repetition counts when it can vary by more than this many iterations: `\d{1,3}` leaves too
 * few choices to matter, `[a-z]{0,64}` does not.
 */
const SMALL_SPREAD = 10;

/**
 * Chains kept per point of the walk, longest first. A chain dropped by this cap is never reported,
 * so the cap can only make the analysis miss something, never invent it.
 */
const MAX_CHAINS = 32;

/** Node visits after which bounded repetitions are read once, so nesting cannot blow up. */
const WORK_LIMIT = 20_000;

type Quant = RegexNode & { type: 'quant' };

interface Chain {
  /** Characters every repetition of the chain and every required part between them match. */
  set: CharSet;
  quants: readonly Quant[];
  /** The repetitions' identities: the same chain reached along different paths. */
  key: string;
}

/** For one chain: characters on which some later part fails, and on which a path succeeds. */
interface Outcome {
  quants: readonly Quant[];
  fail: CharSet;
  ok: CharSet;
}

export interface PolynomialRisks {
  /** Longest chain that something after it can make fail (0 when there is none). */
  degree: number;
  /** Every top-level alternative starts with `^` or `\A`: only one start position is tried. */
  anchored: boolean;
  /** One warning per chain of at least POLYNOMIAL_REPORTED_DEGREE repetitions. */
  issues: RegexIssue[];
}

const pumpCache = new WeakMap<RegexNode, CharSet>();

/** Characters c such that the node can match a non-empty run of c alone. */
function pump(node: RegexNode): CharSet {
  let set = pumpCache.get(node);
  if (set !== undefined) return set;
  switch (node.type) {
    case 'set':
      set = node.set;
      break;
    case 'assert':
    case 'look':
      set = EMPTY_SET;
      break;
    case 'backref':
      set = ALL_UNITS;
      break;
    case 'quant':
      set = node.max >= 1 ? pump(node.body) : EMPTY_SET;
      break;
    case 'group':
    case 'atomic':
      set = union(...node.alt.map(pumpSeq));
      break;
  }
  pumpCache.set(node, set);
  return set;
}

function pumpSeq(seq: readonly RegexNode[]): CharSet {
  const required = seq.filter((n) => !nullable(n));
  if (required.length === 0) return union(...seq.map(pump));
  return required.map(pump).reduce((a, b) => intersect(a, b));
}

function subsetOf(a: CharSet, b: CharSet): boolean {
  return subtract(a, b).length === 0;
}

function narrow(chains: readonly Chain[], set: CharSet): Chain[] {
  const out: Chain[] = [];
  for (const c of chains) {
    const both = intersect(c.set, set);
    if (both.length > 0) out.push({ ...c, set: both });
  }
  return out;
}

function asGroup(alt: RegexNode[][]): RegexNode {
  return { type: 'group', capture: null, alt, start: 0, end: 0 };
}

function anchoredAtStart(alt: readonly (readonly RegexNode[])[]): boolean {
  return alt.every((seq) => {
    const head = seq[0];
    if (head === undefined) return false;
    if (head.type === 'assert') return head.kind === 'start';
    return head.type === 'group' && anchoredAtStart(head.alt);
  });
}

export function findPolynomialRisks(alt: RegexNode[][], pattern: string): PolynomialRisks {
  let work = 0;
  const ids = new Map<Quant, number>();
  const outcomes = new Map<string, Outcome>();
  /** Chains dropped somewhere by the cap: they might succeed there, so they are not reported. */
  const unknown = new Set<string>();

  const outcome = (c: Chain): Outcome => {
    let o = outcomes.get(c.key);
    if (o === undefined) {
      o = { quants: c.quants, fail: EMPTY_SET, ok: EMPTY_SET };
      outcomes.set(c.key, o);
    }
    return o;
  };

  /** `accept`: what the part needs next, or null when it can fail whatever comes. */
  const failAt = (chains: readonly Chain[], accept: CharSet | null): void => {
    for (const c of chains) {
      const failing = accept === null ? c.set : subtract(c.set, accept);
      if (failing.length === 0) continue;
      const o = outcome(c);
      o.fail = union(o.fail, failing);
    }
  };

  /** The chains reached a point where the match (or a lookaround, an atomic group) succeeds. */
  const succeed = (chains: readonly Chain[]): void => {
    for (const c of chains) {
      const o = outcome(c);
      o.ok = union(o.ok, c.set);
    }
  };

  const extend = (c: Chain | undefined, q: Quant, set: CharSet): Chain => {
    let id = ids.get(q);
    if (id === undefined) ids.set(q, (id = ids.size));
    const quants = c === undefined ? [q] : [...c.quants, q];
    return { set, quants, key: c === undefined ? String(id) : `${c.key},${id}` };
  };

  /** One state per chain and character set; the longest chains if there are too many. */
  const prune = (chains: readonly Chain[]): Chain[] => {
    const sorted = [...chains].sort((a, b) => b.quants.length - a.quants.length);
    const kept: Chain[] = [];
    for (const c of sorted) {
      const i = kept.findIndex(
        (t) => t.key === c.key && (subsetOf(c.set, t.set) || subsetOf(t.set, c.set)),
      );
      if (i >= 0) {
        if (!subsetOf(c.set, kept[i]!.set)) kept[i] = c;
      } else if (kept.length < MAX_CHAINS) kept.push(c);
      else unknown.add(c.key);
    }
    return kept;
  };

  const walkAlt = (branches: RegexNode[][], chains: Chain[]): Chain[] =>
    prune(branches.flatMap((seq) => walkSeq(seq, chains)));

  const walkSeq = (seq: RegexNode[], chains: Chain[]): Chain[] => {
    let current = chains;
    for (const node of seq) current = walkNode(node, current);
    return current;
  };

  const walkQuant = (q: Quant, chains: Chain[]): Chain[] => {
    const loop = q.max - q.min > SMALL_SPREAD ? pump(q.body) : EMPTY_SET;
    if (loop.length === 0) {
      // Few iterations, or a body that cannot repeat one character: read the body a few times
      // in a row (`(a*){3}` is three repetitions), or once when the walk has done enough work.
      const times = Math.min(q.max, work < WORK_LIMIT ? POLYNOMIAL_REPORTED_DEGREE : 1);
      const out: Chain[] = q.min === 0 ? [...chains] : [];
      let current = chains;
      for (let i = 1; i <= times; i++) {
        current = walkNode(q.body, current);
        if (i >= Math.min(q.min, times)) out.push(...current);
      }
      return prune(out);
    }
    // Seen from outside, the loop is one repetition; chains inside one iteration end with it.
    succeed(walkNode(q.body, []));
    if (!nullable(q)) failAt(chains, first(q.body));
    const out: Chain[] = nullable(q) ? [...chains] : [];
    for (const c of chains) {
      const both = intersect(c.set, loop);
      if (both.length > 0) out.push(extend(c, q, both));
    }
    out.push(extend(undefined, q, loop));
    return prune(out);
  };

  const walkNode = (node: RegexNode, chains: Chain[]): Chain[] => {
    work++;
    switch (node.type) {
      case 'set':
        failAt(chains, node.set);
        return narrow(chains, node.set);
      case 'assert': {
        if (node.kind === 'inside-word') return chains;
        // ^ $ \A \z \Z \G hold at one or two places: nothing before them is shared after.
        // Inside a run of one character \b never holds: it sits between a word and a non-word
        // character, so only a chain with both goes on.
        const word = boundaryWordSet();
        const on = (c: Chain): boolean =>
          node.kind === 'boundary' && overlaps(c.set, word) && !subsetOf(c.set, word);
        failAt(
          chains.filter((c) => !on(c)),
          null,
        );
        return chains.filter(on);
      }
      case 'backref':
        // It may repeat a run of the chain's character, or be empty: the chain goes on.
        return chains;
      case 'look': {
        succeed(walkAlt(node.alt, []));
        if (node.behind || node.negate) return chains;
        // A lookahead that needs a character: the next one must be among them.
        const body = asGroup(node.alt);
        if (nullable(body)) return chains;
        failAt(chains, first(body));
        return narrow(chains, first(body));
      }
      case 'atomic':
        // No backtracking into it once matched: its repetitions offer no choices from outside.
        succeed(walkAlt(node.alt, []));
        if (nullable(node)) return chains;
        failAt(chains, first(node));
        return narrow(chains, pump(node));
      case 'group':
        return walkAlt(node.alt, chains);
      case 'quant':
        return walkQuant(node, chains);
    }
  };

  succeed(walkAlt(alt, []));

  // A chain costs n^k only on characters where something after it fails and no path succeeds.
  let degree = 0;
  const found: (readonly Quant[])[] = [];
  for (const [key, o] of outcomes) {
    if (unknown.has(key) || subsetOf(o.fail, o.ok)) continue;
    degree = Math.max(degree, o.quants.length);
    if (o.quants.length >= POLYNOMIAL_REPORTED_DEGREE) found.push(o.quants);
  }
  const issues = found.length === 0 ? [] : report(found, pattern, containers(alt));
  return { degree, anchored: anchoredAtStart(alt), issues };
}

/** Nodes with an inside (groups, lookarounds, repetitions), to widen spans to whole ones. */
function containers(alt: readonly (readonly RegexNode[])[]): RegexNode[] {
  const out: RegexNode[] = [];
  const visit = (node: RegexNode): void => {
    switch (node.type) {
      case 'group':
      case 'atomic':
      case 'look':
        out.push(node);
        for (const seq of node.alt) seq.forEach(visit);
        break;
      case 'quant':
        out.push(node);
        visit(node.body);
        break;
      default:
        break;
    }
  };
  for (const seq of alt) seq.forEach(visit);
  return out;
}

/** From the first repetition to the last, widened so no group is cut: "(.*) (.*)", not ".*) (.*". */
function chainSpan(
  quants: readonly Quant[],
  nodes: readonly RegexNode[],
): { start: number; end: number } {
  let start = quants[0]!.start;
  let end = quants[quants.length - 1]!.end;
  // A repetition met twice comes from a bounded repetition around it, as in "(a*){3}".
  quants.forEach((q, i) => {
    if (quants.indexOf(q) === i) return;
    const around = nodes
      .filter((n) => n !== q && n.type === 'quant' && n.start <= q.start && q.end <= n.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (around === undefined) return;
    start = Math.min(start, around.start);
    end = Math.max(end, around.end);
  });
  for (let changed = true; changed;) {
    changed = false;
    for (const n of nodes) {
      if (n.start < start && start < n.end && n.end < end) {
        start = n.start;
        changed = true;
      }
      if (start < n.start && n.start < end && end < n.end) {
        end = n.end;
        changed = true;
      }
    }
  }
  return { start, end };
}

/** The longest chains, one warning each, skipping shorter ones that overlap a reported one. */
function report(
  found: readonly (readonly Quant[])[],
  pattern: string,
  nodes: readonly RegexNode[],
): RegexIssue[] {
  const sorted = [...found].sort((a, b) => b.length - a.length || a[0]!.start - b[0]!.start);
  const spans: { start: number; end: number }[] = [];
  const issues: RegexIssue[] = [];
  for (const quants of sorted) {
    const { start, end } = chainSpan(quants, nodes);
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    spans.push({ start, end });
    issues.push({
      code: 'regex.polynomial-backtracking',
      severity: 'warning',
      message: message(quants, pattern.slice(start, end), pattern),
      start,
      end,
      params: { k: quants.length },
    });
  }
  return issues.sort((a, b) => a.start - b.start);
}

function message(quants: readonly Quant[], text: string, pattern: string): string {
  const k = quants.length;
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  const merged = mergedForm(quants, pattern, text);
  const advice =
    merged !== undefined
      ? `Write them as one repetition: "${merged}" matches the same text.`
      : 'Merge repetitions that match the same characters into one ("a*a*" is the same as "a*"), or make their characters distinct ([a-z]*[0-9]* is fine).';
  return `The ${k} repetitions in "${shown}" can all match the same characters, so on a long input that does not match, the engine tries every way of sharing those characters between them: about n^${k} steps for n characters. ${advice} Evaluation refuses long inputs for it.`;
}

/** "a*a+a*" → "a+" when every repetition is the same single-character class, side by side. */
function mergedForm(quants: readonly Quant[], pattern: string, text: string): string | undefined {
  const body = (q: Quant): string => pattern.slice(q.body.start, q.body.end);
  const atom = body(quants[0]!);
  const plain = quants.every(
    (q) => q.body.type === 'set' && q.max === Infinity && !q.lazy && body(q) === atom,
  );
  const adjacent = quants.map((q) => pattern.slice(q.start, q.end)).join('') === text;
  if (!plain || !adjacent) return undefined;
  const min = quants.reduce((sum, q) => sum + q.min, 0);
  return atom + (min === 0 ? '*' : min === 1 ? '+' : `{${min},}`);
}
