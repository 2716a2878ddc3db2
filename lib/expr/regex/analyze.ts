/**
 * Finds patterns prone to catastrophic backtracking: inside a repetition, an unbounded
 * quantifier whose characters can also be matched by what follows it (`(a+)+`, `(\w+\s?)+$`,
 * `(.*a){20}`), and repeated alternatives that can start with the same character (`(a|ab)+`).
 * A backtracking engine (JavaScript's and .NET's alike) can take exponential time on those.
 */
import { ALL_UNITS, type CharSet, EMPTY_SET, overlaps, union } from './charset';
import type { RegexIssue, RegexNode } from './types';

/** Repetitions up to this bound are polynomial and small enough for names. */
const SMALL_REPEAT = 10;

export function nullable(node: RegexNode): boolean {
  switch (node.type) {
    case 'set':
      return false;
    case 'assert':
    case 'look':
    case 'backref':
      return true;
    case 'quant':
      return node.min === 0 || nullable(node.body);
    case 'group':
    case 'atomic':
      return node.alt.some((seq) => seq.every(nullable));
  }
}

export function first(node: RegexNode): CharSet {
  switch (node.type) {
    case 'set':
      return node.set;
    case 'assert':
    case 'look':
      return EMPTY_SET;
    case 'backref':
      return ALL_UNITS;
    case 'quant':
      return first(node.body);
    case 'group':
    case 'atomic':
      return union(...node.alt.map((seq) => firstOfSeq(seq, 0)));
  }
}

function firstOfSeq(seq: readonly RegexNode[], from: number): CharSet {
  const parts: CharSet[] = [];
  for (let k = from; k < seq.length; k++) {
    parts.push(first(seq[k]!));
    if (!nullable(seq[k]!)) break;
  }
  return union(...parts);
}

/** Every character the node can consume. */
function chars(node: RegexNode): CharSet {
  switch (node.type) {
    case 'set':
      return node.set;
    case 'assert':
    case 'look':
      return EMPTY_SET;
    case 'backref':
      return ALL_UNITS;
    case 'quant':
      return chars(node.body);
    case 'group':
    case 'atomic':
      return union(...node.alt.flatMap((seq) => seq.map(chars)));
  }
}

export function findBacktrackingRisks(alt: RegexNode[][]): RegexIssue[] {
  const issues: RegexIssue[] = [];
  const reported = new Set<RegexNode>();
  const report = (node: RegexNode, message: string): void => {
    if (reported.has(node)) return;
    reported.add(node);
    issues.push({
      code: 'regex.catastrophic-backtracking',
      severity: 'warning',
      message,
      start: node.start,
      end: node.end,
    });
  };

  const walkAlt = (branches: RegexNode[][], follow: CharSet, repeated: boolean): void => {
    for (const seq of branches) walkSeq(seq, follow, repeated);
  };

  const walkSeq = (seq: RegexNode[], follow: CharSet, repeated: boolean): void => {
    // What can follow each element, computed right to left so long sequences stay linear.
    const afters: CharSet[] = new Array<CharSet>(seq.length);
    let next = follow;
    for (let k = seq.length - 1; k >= 0; k--) {
      afters[k] = next;
      next = nullable(seq[k]!) ? union(first(seq[k]!), next) : first(seq[k]!);
    }
    for (let k = 0; k < seq.length; k++) {
      const node = seq[k]!;
      const after = afters[k]!;
      switch (node.type) {
        case 'quant': {
          if (repeated && node.max === Infinity && overlaps(chars(node.body), after)) {
            report(
              node,
              'This repetition sits inside another repetition and can match the same characters as what follows it, so some inputs make the match take exponential time. Evaluation refuses long inputs for it.',
            );
          }
          const repeats = node.max === Infinity || node.max > SMALL_REPEAT;
          const body = node.body;
          if (repeats && (body.type === 'group' || body.type === 'atomic') && body.alt.length > 1) {
            const firsts = body.alt.map((seq) => firstOfSeq(seq, 0));
            const clash = firsts.some((a, i) => firsts.some((b, j) => j > i && overlaps(a, b)));
            if (clash && body.type === 'group') {
              report(
                node,
                'The alternatives inside this repetition can start with the same character, so some inputs make the match take exponential time. Evaluation refuses long inputs for it.',
              );
            }
          }
          const innerFollow = repeats ? union(first(body), after) : after;
          walkNode(body, innerFollow, repeated || repeats);
          break;
        }
        default:
          walkNode(node, after, repeated);
      }
    }
  };

  const walkNode = (node: RegexNode, follow: CharSet, repeated: boolean): void => {
    switch (node.type) {
      case 'group':
        walkAlt(node.alt, follow, repeated);
        break;
      case 'atomic':
        // No backtracking into an atomic group once it has matched.
        walkAlt(node.alt, follow, false);
        break;
      case 'look':
        walkAlt(node.alt, ALL_UNITS, false);
        break;
      case 'quant':
        walkSeq([node], follow, repeated);
        break;
      default:
        break;
    }
  };

  walkAlt(alt, EMPTY_SET, false);
  return issues;
}
