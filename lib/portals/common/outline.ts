import {
  outlineDocument as outlineWith,
  outlineElement as outlineElementWith,
} from './outline-tree';
import type { Outline, OutlineOptions } from './outline-tree';
import { extensionVocabulary } from './vocabulary';

/**
 * The page outline with the extension's whole vocabulary by default: for tests, benchmarks and a
 * maintainer turning an outline into a fixture (README, "When a page is not recognized"). The
 * content scripts use outline-tree.ts with the words the background sends, so they carry neither
 * portal's full vocabulary.
 */
export type { Outline };
export type Options = Omit<OutlineOptions, 'known'> & Partial<Pick<OutlineOptions, 'known'>>;

export function outlineDocument(doc: Document, options: Options = {}): Outline {
  return outlineWith(doc, { ...options, known: options.known ?? extensionVocabulary() });
}

export function outlineElement(root: Element, options: Options = {}): Outline {
  return outlineElementWith(root, { ...options, known: options.known ?? extensionVocabulary() });
}
