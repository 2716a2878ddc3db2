import type { KnownWording } from './known-words';
import { collapse, keepKnownWords } from './known-text';
import { NOTICE_HOST_TAG } from './notice-tag';
import { OUTLINE_MAX_CHARS } from './outline-limits';
import {
  describeElement,
  frameOrigin,
  roleOf,
  structuralClasses,
  tagName,
  type LineContext,
} from './outline-element';

/**
 * The page outline (issue #10 item 6, "Copy page outline"): one frame's document as an indented
 * plain-text tree a maintainer can turn into a fixture when a console changed and the extension
 * no longer recognizes a page. It holds the structure (tags, roles, ARIA states, heading levels,
 * tables, dialogs, tabs, buttons, frames by allow-listed origin, inputs by type with their
 * readonly/disabled/required/checked state and their place in the tree) and, as text, only the
 * extension's own wording (vocabulary.ts, known-words.ts); every other text is its shape (shape.ts).
 *
 * What never appears: input and textarea values (not even their shape), ids, names, hrefs, frame
 * paths, unknown class names, scripts, styles, comments, the document's head, and the
 * extension's own in-page notice. So a key, an endpoint, a directory or credential id, a user
 * name or an e-mail address cannot be recovered from an outline.
 *
 * Pure DOM reading (no layout, no browser APIs): the same outline in a content script and in
 * happy-dom.
 */

export interface Outline {
  text: string;
  /** True when the outline reached its size cap and the rest of the page is not in it. */
  truncated: boolean;
}

export interface OutlineOptions {
  /** Size cap in characters. @default OUTLINE_MAX_CHARS */
  maxChars?: number;
  /** Siblings of the same kind shown before the rest are counted. @default 5 */
  maxSameSiblings?: number;
  /** Nesting shown; deeper levels are counted. @default 60 */
  maxDepth?: number;
  /** The wording kept as text: the extension's vocabulary (vocabulary.ts), or in a content
   * script the words the background sent with the request. */
  known: KnownWording;
}

export { OUTLINE_MAX_CHARS };

/** Never part of an outline: not page content, or the extension's own. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'link',
  'meta',
  'base',
  NOTICE_HOST_TAG,
]);
/** Shown as one line: their content is a value (never read) or not structure. */
const LEAVES = new Set(['input', 'textarea', 'iframe', 'frame', 'object', 'embed', 'img', 'svg']);
const FRAMES = new Set(['iframe', 'frame', 'object', 'embed']);
/** Texts longer than this are not checked as a whole wording (none is this long). */
const MAX_WORDING = 300;

class Lines {
  readonly lines: string[] = [];
  private size = 0;
  full = false;
  constructor(private readonly max: number) {}
  push(line: string): void {
    if (this.full) return;
    if (this.size + line.length + 1 > this.max) {
      this.full = true;
      return;
    }
    this.lines.push(line);
    this.size += line.length + 1;
  }
}

interface Walk extends LineContext {
  out: Lines;
  maxSame: number;
  maxDepth: number;
}

const indent = (depth: number): string => '  '.repeat(depth);

/** Rows of a table or grid, for its line: a 500-row list is shown as a few rows and a count. */
function rowCount(el: Element): number | null {
  if (el.localName === 'table') return el.querySelectorAll('tr').length;
  const role = el.getAttribute('role');
  if (role === 'table' || role === 'grid' || role === 'treegrid')
    return el.querySelectorAll('[role="row"]').length;
  return null;
}

/** True when the element's whole text is one of the extension's wordings (split or not). */
function wholeTextKnown(el: Element, known: KnownWording): boolean {
  const raw = el.textContent ?? '';
  if (raw.length > MAX_WORDING) return false;
  const text = collapse(raw);
  return text !== '' && known(text);
}

/**
 * What makes siblings "of the same kind" for the summary: tag, role, classes, an input's type
 * and a frame's origin (every frame of another origin is worth its line).
 */
const signature = (el: Element): string =>
  [
    tagName(el),
    roleOf(el) ?? '',
    el.getAttribute('type') ?? '',
    FRAMES.has(el.localName) ? frameOrigin(el, el.ownerDocument) : '',
    ...structuralClasses(el),
  ].join('|');

function textLine(raw: string, nodes: number, verbatim: boolean, w: Walk): string | null {
  const text = verbatim ? collapse(raw) : keepKnownWords(raw, w.known);
  if (!text) return null;
  return nodes > 1 ? `${JSON.stringify(text)} ×${nodes}` : JSON.stringify(text);
}

function walkChildren(parent: Node, depth: number, verbatim: boolean, w: Walk): void {
  let raw = '';
  let nodes = 0;
  const flushText = (): void => {
    const line = nodes > 0 ? textLine(raw, nodes, verbatim, w) : null;
    if (line) w.out.push(`${indent(depth)}${line}`);
    raw = '';
    nodes = 0;
  };
  let previous = '';
  let same = 0;
  const flushSame = (): void => {
    if (same > w.maxSame) {
      const [tag, role] = previous.split('|');
      w.out.push(`${indent(depth)}… ${same - w.maxSame} more ${tag}${role ? ` role=${role}` : ''}`);
    }
    previous = '';
    same = 0;
  };
  for (let child = parent.firstChild; child && !w.out.full; child = child.nextSibling) {
    if (child.nodeType === 3 /* TEXT_NODE */) {
      const value = child.nodeValue ?? '';
      // React's adjacent text nodes read as one text; how many there were is structure.
      raw += value;
      if (value.trim()) nodes++;
      continue;
    }
    if (child.nodeType !== 1 /* ELEMENT_NODE */) continue; // comments: not page content
    const el = child as Element;
    if (SKIPPED.has(el.localName)) continue;
    if (nodes > 0) flushSame();
    flushText();
    const sig = signature(el);
    if (sig === previous) same++;
    else {
      flushSame();
      previous = sig;
      same = 1;
    }
    if (same <= w.maxSame) walkElement(el, depth, verbatim, w);
  }
  if (nodes > 0) flushSame();
  flushText();
  flushSame();
}

function walkElement(el: Element, depth: number, verbatim: boolean, w: Walk): void {
  if (depth > w.maxDepth) {
    w.out.push(`${indent(depth)}… deeper levels not shown`);
    return;
  }
  const tag = el.localName;
  const parts = [tagName(el), ...describeElement(el, w)];
  const rows = rowCount(el);
  if (rows !== null) parts.push(`rows=${rows}`);
  if (LEAVES.has(tag)) {
    w.out.push(`${indent(depth)}${parts.join(' ')}`);
    return;
  }
  // An element whose whole text is a known wording shows it even when the page split it
  // across nodes ("Tenant " + <b>URL</b>): each piece is part of a known wording.
  const inside = verbatim || wholeTextKnown(el, w.known);
  const shadow = el.shadowRoot;
  const onlyText =
    !shadow && el.firstElementChild === null && collapse(el.textContent ?? '') !== '';
  if (onlyText) {
    const nodes = Array.from(el.childNodes).filter(
      (n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '',
    ).length;
    const line = textLine(el.textContent ?? '', nodes, inside, w);
    w.out.push(`${indent(depth)}${parts.join(' ')}${line ? ` ${line}` : ''}`);
    return;
  }
  w.out.push(`${indent(depth)}${parts.join(' ')}`);
  if (shadow) {
    // A shadow tree's text is not in the host's textContent, so a known host text vouches for
    // none of it.
    w.out.push(`${indent(depth + 1)}#shadow-root`);
    walkChildren(shadow, depth + 2, false, w);
  }
  walkChildren(el, depth + 1, inside, w);
}

/** The outline of a document (its body and the elements around it; the head is skipped). */
export function outlineDocument(doc: Document, options: OutlineOptions): Outline {
  return outlineElement(doc.documentElement, options);
}

/** The outline of one element and everything in it. */
export function outlineElement(root: Element, options: OutlineOptions): Outline {
  const max = options.maxChars ?? OUTLINE_MAX_CHARS;
  const notice = '… outline cut here: the page is larger than the outline may be';
  const out = new Lines(max - notice.length - 1);
  const walk: Walk = {
    doc: root.ownerDocument,
    known: options.known,
    out,
    maxSame: options.maxSameSiblings ?? 5,
    maxDepth: options.maxDepth ?? 60,
  };
  if (!SKIPPED.has(root.localName)) walkElement(root, 0, false, walk);
  const lines = out.full ? [...out.lines, notice] : out.lines;
  return { text: lines.join('\n'), truncated: out.full };
}
