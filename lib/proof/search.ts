/**
 * The counterexample search: builds input records the analysis points at (a character it says
 * can survive, inputs at the length bounds, inputs that become empty, missing attributes), then
 * a seeded random sweep, and reports the first one the EVALUATOR confirms breaks the rule.
 * Every record stays within Entra's own bounds, so a counterexample is an object Entra can hold.
 */

import type { ExprNode, Attributes } from '../expr';
import type { Target } from '../targets/targets';
import { CharSet } from './charset';
import type { AnalysisEnv, AttrBound } from './context';
import { type EngineDeps, isEntraFailure } from './engine-deps';
import type { OpenObligation } from './obligations';
import type { Counterexample } from './types';

/** A fixed, valid objectId: counterexamples must be objects Entra can hold. */
export const SAMPLE_OBJECT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

type AttrValue = string | string[] | null;

/** Names people actually have, plus everything that tends to break sanitizers. */
const HARD_PROBES: readonly string[] = [
  'Zoë Ångström',
  'Jürgen Groß',
  'Søren Ærø',
  'Nguyễn Thị Đặng',
  'Þórður',
  '王小明',
  '😀',
  ' ',
  '',
  'Mary\u00a0Ann',
  'A\tB',
  "O'Brien-Smith",
  'Sales & Marketing',
  'a.b',
  '_',
  '-',
  '@',
  '#EXT#',
  'ß',
  'İı',
  'ǅ',
  '\ud800',
  '\u0301',
  'e\u0301',
  '0',
  'True',
];

/** Characters that grow under NormalizeDiacritics, case mapping or encodings. */
const GROWERS: readonly string[] = ['a', 'ß', 'æ', 'Ø', 'W', '😀', ' ', 'é', '王'];

/** Does `value` fit the attribute's bound (charset in code points, length in units)? */
function fits(bound: AttrBound, value: AttrValue): boolean {
  if (value === null) return !bound.required;
  if (Array.isArray(value)) return bound.multi && value.every((v) => fits(bound, v));
  if (value.length > bound.max || value.length < bound.min) return false;
  for (let i = 0; i < value.length; i++) if (!bound.chars.has(value.charCodeAt(i))) return false;
  return true;
}

/**
 * A value shaped like the real attribute. The bounds only say which characters a UPN may hold;
 * a real one is always local@domain, so a probe goes into the local part.
 */
function realistic(name: string, value: AttrValue): AttrValue {
  if (name !== 'userPrincipalName' || typeof value !== 'string') return value;
  if (/^[^@]{1,64}@(?=.{1,48}$)[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(value)) return value;
  const local = value.replace(/@/g, '').slice(0, 64) || 'a';
  return `${local}@contoso.com`;
}

function benign(name: string, bound: AttrBound): string {
  if (name === 'objectId') return SAMPLE_OBJECT_ID;
  if (name === 'userPrincipalName') return 'alice.smith@contoso.com';
  if (fits(bound, 'Alice')) return 'Alice';
  const first = bound.chars.sample(1)[0] ?? 0x61;
  return String.fromCharCode(first).repeat(Math.max(1, bound.min));
}

function randomGuid(next: () => number): string {
  const hex = (n: number): string =>
    Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');
  return `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
}

/** A deterministic pseudo-random generator (mulberry32), seeded from the expression. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Probe strings, most promising first, for the obligations still open. */
function probes(open: readonly OpenObligation[], bounds: AttrBound[]): string[] {
  const out: string[] = [];
  const kinds = new Set(open.map((o) => o.kind));
  const bad = open.find((o) => o.kind === 'charset')?.badChars;
  if (bad) {
    for (const u of bad.sample(10)) {
      const c = String.fromCharCode(u);
      out.push(c, `a${c}b`, c + c + c);
      if (u >= 0xd800 && u <= 0xdfff) out.push('😀', 'a😀b', '\udc00', '\ud83d');
    }
  }
  if (kinds.has('too-long') || kinds.has('too-short')) {
    const maxima = new Set<number>();
    for (const b of bounds) maxima.add(b.max === Infinity ? 1000 : b.max);
    for (const m of maxima) for (const g of GROWERS) out.push(g.repeat(Math.floor(m / g.length)));
    out.push('a'.repeat(5000));
  }
  out.push(...HARD_PROBES);
  return [...new Set(out)];
}

/** A random value: from the attribute's own characters when Entra restricts them. */
function randomString(next: () => number, bound: AttrBound): string {
  if (!bound.chars.equals(CharSet.ALL_UNITS)) {
    const ranges = bound.chars.ranges();
    const len = Math.max(bound.min, Math.floor(next() * Math.min(bound.max, 120)));
    let s = '';
    for (let i = 0; i < len; i++) {
      const [lo, hi] = ranges[Math.floor(next() * ranges.length)]!;
      s += String.fromCharCode(lo + Math.floor(next() * (hi - lo + 1)));
    }
    return s;
  }
  const pools: [number, number][] = [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0x30, 0x39],
    [0x20, 0x2f],
    [0xa0, 0x17f],
    [0x300, 0x36f],
    [0x3040, 0x30ff],
    [0x4e00, 0x4e40],
    [0xd800, 0xdfff],
    [0x2000, 0x206f],
    [0, 0x1f],
  ];
  const len = next() < 0.1 ? Math.floor(next() * 400) : Math.floor(next() * 20);
  let s = '';
  for (let i = 0; i < len; i++) {
    const [lo, hi] = pools[Math.floor(next() * pools.length)]!;
    s += String.fromCharCode(lo + Math.floor(next() * (hi - lo + 1)));
  }
  return s;
}

export interface SearchInput {
  ast: ExprNode;
  /** Text for seeding the random sweep (the expression's text or its printed form). */
  seedText: string;
  target: Target;
  read: readonly string[];
  open: readonly OpenObligation[];
  env: AnalysisEnv;
  deps: EngineDeps;
  /** How many records the search evaluates at most: what bounds it, the same on every machine. */
  budget: number;
  /**
   * A safety net only: Date.now() after which the search gives up, reporting that it was cut
   * short. Set it far above what `budget` evaluations normally take.
   */
  deadline?: number;
  now?: Date;
}

/** The search's answer: a confirmed counterexample, and/or why fewer records were tried. */
export interface SearchOutcome {
  counterexample?: Counterexample;
  /** Set when the search stopped before its budget for a reason that depends on the machine. */
  cutShort?: string;
}

/**
 * Evaluations that may overrun their own time budget before the search stops: a pattern that
 * slow makes every record cost the budget, and a few are enough to know.
 */
const MAX_SLOW_EVALUATIONS = 3;

/** What the search has spent, shared by the search and the shrinking. */
interface Spending {
  evaluations: number;
  slow: number;
  cutShort?: string;
}

/** Evaluations spent making a counterexample small enough to read. */
const SHRINK_BUDGET = 60;

/**
 * The shortest prefix of each attribute value that still breaks the rule the same way: a
 * 65-character name reads better than a 1,000-character one.
 */
function shrink(
  found: Counterexample,
  check: (attrs: Attributes) => Counterexample | undefined,
): Counterexample {
  let best = found;
  let spent = 0;
  for (const name of Object.keys(found.attrs)) {
    const value = best.attrs[name];
    if (typeof value !== 'string' || value.length <= 1) continue;
    // A UPN keeps its domain: only the local part gets shorter.
    const at = name === 'userPrincipalName' ? value.indexOf('@') : -1;
    const head = at >= 0 ? value.slice(0, at) : value;
    const tail = at >= 0 ? value.slice(at) : '';
    let lo = at >= 0 ? 1 : 0;
    let hi = head.length;
    while (lo < hi && spent < SHRINK_BUDGET) {
      const mid = (lo + hi) >> 1;
      spent++;
      const r = check({ ...best.attrs, [name]: head.slice(0, mid) + tail });
      if (r && r.violation.code === found.violation.code) {
        best = r;
        hi = mid;
      } else lo = mid + 1;
    }
  }
  return best;
}

/**
 * The first evaluator-confirmed counterexample within the budget (a count of evaluations, and a
 * seeded sweep: the same expression gets the same answer on any machine), shrunk to read well.
 */
export function searchCounterexample(input: SearchInput): SearchOutcome {
  const spending: Spending = { evaluations: 0, slow: 0 };
  const found = search(input, spending);
  const cut = spending.cutShort ? { cutShort: spending.cutShort } : {};
  if (!found) return cut;
  const { env } = input;
  const shrunk = shrink(found, (attrs) => {
    // Shrinking only shortens a counterexample already confirmed: stopping it early is harmless.
    if (spending.cutShort) return undefined;
    for (const [n, v] of Object.entries(attrs)) {
      if (realistic(n, v as AttrValue) !== v || !fits(env.attribute(n), v as AttrValue)) {
        return undefined;
      }
    }
    return confirm(input, attrs, spending);
  });
  return { counterexample: shrunk };
}

/** Stops the search when the machine, not the budget, says so (see SearchOutcome.cutShort). */
function outOfTime(input: SearchInput, spending: Spending): boolean {
  if (spending.cutShort) return true;
  if (input.deadline !== undefined && Date.now() > input.deadline) {
    spending.cutShort = `the counterexample search was cut short by this tool's safety time limit after ${spending.evaluations} of ${input.budget} inputs`;
    return true;
  }
  return false;
}

/** Evaluates one record; a counterexample when the evaluator shows it breaks the rule. */
function confirm(
  input: SearchInput,
  attrs: Attributes,
  spending: Spending,
): Counterexample | undefined {
  const r = input.deps.evaluate(input.ast, attrs, input.now ? { now: input.now } : {});
  if (!r.ok) {
    if (r.error.code === 'eval.budget-exceeded' && ++spending.slow >= MAX_SLOW_EVALUATIONS) {
      spending.cutShort = `the counterexample search was cut short: ${spending.slow} inputs took longer than this tool's time budget to evaluate`;
    }
    if (!isEntraFailure(r.error.code)) return undefined;
    return {
      attrs,
      output: null,
      violation: {
        code: r.error.code,
        severity: 'error',
        message: `the evaluation fails: ${r.error.message}`,
      },
    };
  }
  // A skipped object breaks no rule of the value (the verdict says so separately, engine.ts).
  if (r.flow === 'ignore-object') return undefined;
  const violation = input.deps
    .checkOutput(input.target, r.value)
    .find((v) => v.severity === 'error');
  return violation ? { attrs, output: r.value, violation } : undefined;
}

function search(input: SearchInput, spending: Spending): Counterexample | undefined {
  const { read, env } = input;
  const bounds = read.map((n) => env.attribute(n));
  const base: Record<string, AttrValue> = {};
  read.forEach((n, i) => (base[n] = benign(n, bounds[i]!)));
  // Records considered, duplicates included: what bounds the search (see `budget`).
  let spent = 0;
  const seen = new Set<string>();

  const attempt = (record: Record<string, AttrValue>): Counterexample | undefined => {
    const attrs: Attributes = {};
    for (const n of read) {
      // A value Entra could not hold is replaced by the benign one.
      const wanted = realistic(n, record[n] ?? null);
      const v = fits(env.attribute(n), wanted) ? wanted : base[n]!;
      if (v !== null) attrs[n] = v;
    }
    const key = JSON.stringify(attrs);
    if (outOfTime(input, spending)) spent = input.budget;
    if (seen.has(key) || spent >= input.budget) return undefined;
    seen.add(key);
    spent++;
    spending.evaluations++;
    return confirm(input, attrs, spending);
  };

  const withAll = (v: AttrValue): Record<string, AttrValue> =>
    Object.fromEntries(read.map((n) => [n, v]));
  const withOne = (name: string, v: AttrValue): Record<string, AttrValue> => ({
    ...base,
    [name]: v,
  });

  // 1. Nothing unusual, then every attribute missing, then each one missing.
  const structural: Record<string, AttrValue>[] = [base, withAll(null)];
  for (const n of read) structural.push(withOne(n, null), withOne(n, ''));
  for (const n of read) structural.push(withOne(n, ['Alice', 'Bob']), withOne(n, []));
  for (const r of structural) {
    const found = attempt(r);
    if (found) return found;
  }

  // 2. Probes the analysis points at: on every attribute at once, then one at a time.
  for (const p of probes(input.open, bounds)) {
    const found = attempt(withAll(p)) ?? firstOf(read, (n) => attempt(withOne(n, p)));
    if (found) return found;
    if (spent >= input.budget) return undefined;
  }

  // 3. A seeded random sweep over the full UTF-16 range, mixed with missing values.
  const next = rng(hash(input.seedText));
  while (spent < input.budget) {
    const record: Record<string, AttrValue> = {};
    for (const n of read) {
      const roll = next();
      const bound = env.attribute(n);
      if (n === 'objectId') record[n] = randomGuid(next);
      else record[n] = roll < 0.1 ? null : roll < 0.15 ? '' : randomString(next, bound);
    }
    const before = spent;
    const found = attempt(record);
    if (found) return found;
    if (spent === before) spent++; // a duplicate still costs, so the loop ends
  }
  return undefined;
}

function firstOf<T, R>(items: readonly T[], f: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const r = f(item);
    if (r !== undefined) return r;
  }
  return undefined;
}
