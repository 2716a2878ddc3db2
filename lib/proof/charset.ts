/**
 * A set of integers (UTF-16 code units for string values, code points for regex classes) as
 * sorted, disjoint, non-adjacent inclusive ranges. Immutable: every operation returns a new set.
 *
 * Why code units for values: Left and Mid count UTF-16 units and can cut a surrogate pair in two,
 * so a value's "characters" are only closed under every function when a lone surrogate is a
 * character of its own. An astral character (emoji, CJK Extension B) is therefore represented by
 * its two surrogates; a rule that removes or keeps astral code points must say so on surrogates.
 */

export const MAX_UNIT = 0xffff;
export const MAX_CODE_POINT = 0x10ffff;

export class CharSet {
  /** Flattened [lo0, hi0, lo1, hi1, ...], sorted, disjoint and non-adjacent. */
  private constructor(readonly bounds: readonly number[]) {}

  static readonly EMPTY = new CharSet([]);
  /** Every UTF-16 code unit, lone surrogates included. */
  static readonly ALL_UNITS = new CharSet([0, MAX_UNIT]);
  static readonly SURROGATES = new CharSet([0xd800, 0xdfff]);

  /** From possibly overlapping, unsorted inclusive ranges. */
  static fromRanges(ranges: Iterable<readonly [number, number]>): CharSet {
    const list = [...ranges].filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
    const out: number[] = [];
    for (const [lo, hi] of list) {
      const n = out.length;
      if (n > 0 && lo <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, hi);
      else out.push(lo, hi);
    }
    return new CharSet(out);
  }

  static of(...values: number[]): CharSet {
    return CharSet.fromRanges(values.map((v) => [v, v] as const));
  }

  /** The UTF-16 code units of a string. */
  static ofUnits(text: string): CharSet {
    const units: number[] = [];
    for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
    return CharSet.of(...units);
  }

  static range(lo: number, hi: number): CharSet {
    return CharSet.fromRanges([[lo, hi]]);
  }

  get isEmpty(): boolean {
    return this.bounds.length === 0;
  }

  /** Number of members. */
  get size(): number {
    let n = 0;
    for (let i = 0; i < this.bounds.length; i += 2) n += this.bounds[i + 1]! - this.bounds[i]! + 1;
    return n;
  }

  ranges(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.bounds.length; i += 2)
      out.push([this.bounds[i]!, this.bounds[i + 1]!]);
    return out;
  }

  has(value: number): boolean {
    // Binary search over range starts.
    let lo = 0;
    let hi = this.bounds.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const a = this.bounds[2 * mid]!;
      const b = this.bounds[2 * mid + 1]!;
      if (value < a) hi = mid - 1;
      else if (value > b) lo = mid + 1;
      else return true;
    }
    return false;
  }

  union(other: CharSet): CharSet {
    if (other.isEmpty) return this;
    if (this.isEmpty) return other;
    return CharSet.fromRanges([...this.ranges(), ...other.ranges()]);
  }

  intersect(other: CharSet): CharSet {
    const out: [number, number][] = [];
    const a = this.bounds;
    const b = other.bounds;
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const lo = Math.max(a[i]!, b[j]!);
      const hi = Math.min(a[i + 1]!, b[j + 1]!);
      if (lo <= hi) out.push([lo, hi]);
      if (a[i + 1]! < b[j + 1]!) i += 2;
      else j += 2;
    }
    return CharSet.fromRanges(out);
  }

  /** Everything in [0, max] not in this set. */
  complement(max: number = MAX_UNIT): CharSet {
    const out: [number, number][] = [];
    let next = 0;
    for (const [lo, hi] of this.ranges()) {
      if (lo > max) break;
      if (lo > next) out.push([next, lo - 1]);
      next = hi + 1;
    }
    if (next <= max) out.push([next, max]);
    return CharSet.fromRanges(out);
  }

  subtract(other: CharSet): CharSet {
    if (other.isEmpty || this.isEmpty) return this;
    const top = Math.max(
      this.bounds[this.bounds.length - 1]!,
      other.bounds[other.bounds.length - 1]!,
    );
    return this.intersect(other.complement(top));
  }

  isSubsetOf(other: CharSet): boolean {
    return this.subtract(other).isEmpty;
  }

  intersects(other: CharSet): boolean {
    return !this.intersect(other).isEmpty;
  }

  equals(other: CharSet): boolean {
    return (
      this.bounds.length === other.bounds.length &&
      this.bounds.every((v, i) => v === other.bounds[i])
    );
  }

  /** Up to `count` members spread over the ranges: the first of each range first. */
  sample(count: number): number[] {
    const out: number[] = [];
    const ranges = this.ranges();
    for (let pass = 0; out.length < count && pass < 3; pass++) {
      for (const [lo, hi] of ranges) {
        if (out.length >= count) break;
        const v = pass === 0 ? lo : pass === 1 ? hi : lo + ((hi - lo) >> 1);
        if (!out.includes(v)) out.push(v);
      }
    }
    return out;
  }

  /** Only the members in [lo, hi]. */
  clip(lo: number, hi: number): CharSet {
    return this.intersect(CharSet.range(lo, hi));
  }

  /** Set of code units of the code points in this set (astral code points → both surrogates). */
  toUnits(): CharSet {
    const bmp = this.clip(0, MAX_UNIT);
    return this.clip(0x10000, MAX_CODE_POINT).isEmpty ? bmp : bmp.union(CharSet.SURROGATES);
  }

  /** Short readable form for messages: `a-z, 0-9, "@"`, at most `limit` ranges. */
  describe(limit = 8): string {
    if (this.isEmpty) return 'no characters';
    if (this.equals(CharSet.ALL_UNITS)) return 'any character';
    const show = (c: number): string => {
      if (c >= 0x21 && c <= 0x7e) return c === 0x22 ? '\\"' : String.fromCharCode(c);
      return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
    };
    const parts = this.ranges()
      .slice(0, limit)
      .map(([lo, hi]) => (lo === hi ? show(lo) : `${show(lo)}-${show(hi)}`));
    const more =
      this.ranges().length > limit ? ` and ${this.ranges().length - limit} more ranges` : '';
    return parts.join(' ') + more;
  }
}
