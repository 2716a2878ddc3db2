import * as azureSelectors from '../azure/selectors';
import * as cloudssoSelectors from '../cloudsso/selectors';
import { vocabularyOf, type KnownWording } from './known-words';

export { vocabularyOf, type KnownWording };

/**
 * The extension's own vocabulary: every label, heading, button and message wording the two
 * portals' selectors files list. The page outline keeps a page text only when it is one of
 * these; any other text is shaped (shape.ts).
 *
 * Built by walking the selectors modules' exports generically, so wording added there later is
 * known here without touching this file: every exported list of strings, every object of such
 * lists (nested), and every label set's `variants`. CSS selectors (exported as plain strings or
 * objects of strings) and patterns are not lists of wording and are left out.
 */

type Module = Readonly<Record<string, unknown>>;

function collect(value: unknown, into: Set<string>, depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object' || value instanceof RegExp) return;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'string' && item.trim()) into.add(item);
    return;
  }
  const variants = (value as { variants?: unknown }).variants;
  if (Array.isArray(variants)) {
    collect(variants, into, depth + 1);
    return;
  }
  for (const item of Object.values(value)) collect(item, into, depth + 1);
}

/** Every wording exported by `modules`' lists, object-of-lists and label sets. */
export function wordingOf(modules: readonly Module[]): string[] {
  const into = new Set<string>();
  for (const module of modules) for (const value of Object.values(module)) collect(value, into, 0);
  return [...into];
}

let known: KnownWording | null = null;
let words: string[] | null = null;

/**
 * The extension's wording (both selectors files): what the background sends with an outline
 * request. Only the background and tests import this module, so no content script carries both
 * portals' selectors.
 */
export function extensionWording(): string[] {
  words ??= wordingOf([azureSelectors, cloudssoSelectors]);
  return words;
}

/** The extension's vocabulary (both selectors files), built on first use. */
export function extensionVocabulary(): KnownWording {
  known ??= vocabularyOf(extensionWording());
  return known;
}
