/**
 * Checks one evaluated value against a target's rule (docs/research/entra-expressions.md#lint-rules, OUT001–OUT003).
 * Knows nothing about expressions: the input is what Entra would send.
 */

import type { Severity, Output } from '../expr';
import { charClassHas, type Target } from './targets';

/** One broken rule for one value. Codes are `target.*`. */
export interface Violation {
  code: string;
  severity: Severity;
  /** Sentence about the value, without the input (the caller says which input produced it). */
  message: string;
  /** The message's variable parts (see Diagnostic.params). */
  params?: Readonly<Record<string, string | number>>;
}

/** `"é"`, or `U+00A0` for a character one cannot see: how a UI in any language lists it. */
function charParam(codePoint: number): string {
  return isInvisible(codePoint) || CHAR_NAMES[codePoint] !== undefined
    ? hex(codePoint)
    : `"${String.fromCodePoint(codePoint)}"`;
}

const MAX_LISTED_CHARS = 8;

const CHAR_NAMES: Record<number, string> = {
  0x09: 'tab',
  0x0a: 'line feed',
  0x0d: 'carriage return',
  0x20: 'space',
  0xa0: 'no-break space',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x2002: 'en space',
  0x2003: 'em space',
  0x2009: 'thin space',
  0x202f: 'narrow no-break space',
  0x3000: 'ideographic space',
  0xfeff: 'byte order mark',
};

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `"é" (U+00E9)`, or `no-break space (U+00A0)` for characters one cannot see. */
export function describeChar(codePoint: number): string {
  const name = CHAR_NAMES[codePoint];
  if (name) return `${name} (${hex(codePoint)})`;
  if (isInvisible(codePoint)) return `invisible character ${hex(codePoint)}`;
  return `"${String.fromCodePoint(codePoint)}" (${hex(codePoint)})`;
}

/** Controls, zero-width and format characters, lone surrogates: invisible in any UI. */
function isInvisible(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0xfeff ||
    (c >= 0xd800 && c <= 0xdfff)
  );
}

/** Code points of a string; a lone surrogate comes out as itself. */
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** Quoted value for messages; long values are cut so a message stays readable. */
export function quote(value: string, max = 60): string {
  const q = JSON.stringify(value);
  return value.length <= max
    ? q
    : `${JSON.stringify(value.slice(0, max))}… (${value.length} characters)`;
}

/**
 * The rule's verdict on one value. An empty array means the value passes (a null result of an
 * optional target passes: the attribute is simply not sent).
 */
export function checkOutput(target: Target, output: Output): Violation[] {
  const rule = target.rule;
  const field = `CloudSSO's ${target.cloudssoField}`;
  if (Array.isArray(output)) {
    if (output.length === 0) return checkOutput(target, null);
    if (output.length > 1) {
      return [
        {
          code: 'target.multi-valued',
          severity: 'error',
          message: `the result has ${output.length} values (${output.map((v) => quote(v, 20)).join(', ')}); ${field} takes one`,
          params: {
            n: output.length,
            values: output.map((v) => quote(v, 20)).join(', '),
            field: target.cloudssoField,
          },
        },
      ];
    }
    return checkOutput(target, output[0]!);
  }
  if (output === null) {
    return rule.nullResult === 'object-fails'
      ? [
          {
            code: 'target.null',
            severity: 'error',
            message: `the result is null, so Entra sends no ${target.scimAttribute} and the ${target.object} fails to provision (${field} is required)`,
            params: {
              attribute: target.scimAttribute,
              v: target.object,
              field: target.cloudssoField,
            },
          },
        ]
      : [];
  }
  if (output === '') {
    if (rule.emptyResult === 'allowed') return [];
    return [
      {
        code: 'target.empty',
        severity: rule.emptyResult === 'rejected' ? 'error' : 'warning',
        message:
          rule.emptyResult === 'rejected'
            ? `the result is empty; ${field} needs at least ${rule.minLength} character${rule.minLength === 1 ? '' : 's'}`
            : `the result is empty; ${field} may reject an empty value (not documented)`,
        params: {
          v: rule.emptyResult === 'rejected' ? 'rejected' : 'maybe',
          field: target.cloudssoField,
          min: rule.minLength,
        },
      },
    ];
  }

  const violations: Violation[] = [];
  if (output.length > rule.maxLength) {
    violations.push({
      code: 'target.too-long',
      severity: 'error',
      message: `the result is ${output.length} characters long; ${field} allows at most ${rule.maxLength}`,
      params: { length: output.length, field: target.cloudssoField, max: rule.maxLength },
    });
  } else if (output.length < rule.minLength) {
    violations.push({
      code: 'target.too-short',
      severity: 'error',
      message: `the result is ${output.length} characters long; ${field} needs at least ${rule.minLength}`,
      params: { length: output.length, field: target.cloudssoField, min: rule.minLength },
    });
  }

  const points = codePoints(output);
  if (rule.charset) {
    const bad = [...new Set(points.filter((c) => !charClassHas(rule.charset!, c)))];
    if (bad.length > 0) {
      const listed = bad.slice(0, MAX_LISTED_CHARS).map(describeChar).join(', ');
      const more =
        bad.length > MAX_LISTED_CHARS ? ` and ${bad.length - MAX_LISTED_CHARS} more` : '';
      violations.push({
        code: 'target.charset',
        severity: 'error',
        message: `the result contains characters ${field} does not allow: ${listed}${more} (allowed: ${rule.charset.description})`,
        params: {
          field: target.cloudssoField,
          chars: bad.slice(0, MAX_LISTED_CHARS).map(charParam).join(', '),
          more: Math.max(0, bad.length - MAX_LISTED_CHARS),
        },
      });
    }
  } else {
    // No documented character rule: still point out what nobody wants in a name (OUT002).
    const hidden = [...new Set(points.filter(isInvisible))];
    if (hidden.length > 0) {
      violations.push({
        code: 'target.invisible-chars',
        severity: 'warning',
        message: `the result contains invisible characters: ${hidden.slice(0, MAX_LISTED_CHARS).map(describeChar).join(', ')}`,
        params: { chars: hidden.slice(0, MAX_LISTED_CHARS).map(charParam).join(', ') },
      });
    }
    if (/^\s|\s$/u.test(output)) {
      violations.push({
        code: 'target.untrimmed',
        severity: 'warning',
        message: 'the result starts or ends with white space',
      });
    }
  }
  return violations;
}
