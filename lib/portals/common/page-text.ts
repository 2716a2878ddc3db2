import { createHiddenCheck, createStyleCache, type HiddenCheck, type StyleOf } from './visibility';

/**
 * Page text as a person reads it, for both portals (docs/portals.md#reading-text).
 *
 * React renders `https://cloudsso-scim-{region}.aliyun.com/scim/v2/` as several adjacent text
 * nodes, and a console may put half a key in a `<span>` and half in a `<b>`: reading text node by
 * node gives `https://cloudsso-scim-`, a truncated value. A reader sees one line. So text is read
 * in *runs*: adjacent text nodes and inline elements join into one run; only block, cell,
 * list-item and line boundaries, and controls (a button's own label is its own run), separate
 * runs. Hidden text (an icon's screen-reader label, a closed section) is not read at all and does
 * not separate anything, because nobody sees it.
 *
 * Whether an element is inline comes from its role, then its computed display (a flex or grid
 * item is a box of its own even when it is a `<span>`: a label and its value in a flex row are
 * two things), then its tag when no style says (unit tests without the page's stylesheet). No
 * layout is read: no bounding boxes, no forced reflow on every portal frame.
 */
export interface TextRun {
  /** The run's text: white space collapsed to one space, trimmed, invisible characters removed. */
  text: string;
  /** The smallest element holding every text node of the run. */
  element: Element;
  /** The nearest block (or control) the run sits in. */
  block: Element;
  /**
   * The run's text as the page split it between elements: consecutive text nodes of one element
   * form one piece (React's `{a}{b}` is one value), each inline element starts another. Raw, not
   * trimmed: joined they give `text` before collapsing. Lets a reader tell "Label" + "value" in
   * two spans from one value in two text nodes.
   */
  pieces: readonly string[];
  /**
   * The run's last text node, to place the run relative to other nodes: "the run ending right
   * before this input" (a label written left of a field) needs where the run ends, which its
   * element alone does not say when that element also holds the input.
   */
  last: Node;
}

/** Elements that start a new line (HTML's block-level and table-internal elements). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV',
  'OL', 'OPTGROUP', 'OPTION', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]); // prettier-ignore

/** Roles that make an element a cell, row, item or box of its own, whatever its tag. */
const BLOCK_ROLES = new Set([
  'alert', 'alertdialog', 'article', 'cell', 'columnheader', 'dialog', 'grid', 'gridcell',
  'group', 'heading', 'list', 'listitem', 'menu', 'menuitem', 'option', 'region', 'row',
  'rowgroup', 'rowheader', 'status', 'tab', 'tablist', 'tabpanel', 'table', 'tooltip',
  'treeitem',
]); // prettier-ignore

/** Controls: their label is a run of its own, never glued to the value beside them. */
const CONTROL_TAGS = new Set(['BUTTON', 'SELECT', 'TEXTAREA']);
const CONTROL_ROLES = new Set(['button', 'link', 'switch', 'checkbox', 'radio', 'combobox']);

/** Replaced elements take space on the line; they separate runs and hold no readable text. */
const REPLACED_TAGS = new Set([
  'AUDIO', 'CANVAS', 'EMBED', 'IFRAME', 'IMG', 'INPUT', 'METER', 'OBJECT', 'PROGRESS', 'SVG',
  'VIDEO',
]); // prettier-ignore

/** Characters nobody sees: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Text as it reads: invisible characters removed, white space collapsed to one space, trimmed. */
export function collapseText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

type Flow = 'inline' | 'break' | 'block' | 'control' | 'replaced';

/** Computed displays that put an element in a box of its own. */
const BLOCK_DISPLAYS = /^(block|flow-root|list-item|flex|grid|table(-.*)?)$/;
const INLINE_DISPLAYS = /^(inline|inline-block|inline-flex|inline-grid|contents|ruby)$/;
/** A child of such a container is a flex or grid item: a box of its own, whatever its tag. */
const ITEM_CONTAINERS = /^(flex|inline-flex|grid|inline-grid)$/;

function flowOf(el: Element, styleOf: StyleOf): Flow {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BR') return 'break';
  if (REPLACED_TAGS.has(tag)) return 'replaced';
  const role = el.getAttribute('role');
  if (CONTROL_TAGS.has(tag) || (role !== null && CONTROL_ROLES.has(role))) return 'control';
  if (role !== null && BLOCK_ROLES.has(role)) return 'block';
  const parent = el.parentElement;
  if (parent && ITEM_CONTAINERS.test(styleOf(parent)?.display ?? '')) return 'block';
  const display = styleOf(el)?.display ?? '';
  if (BLOCK_DISPLAYS.test(display)) return 'block';
  if (INLINE_DISPLAYS.test(display)) return 'inline';
  return BLOCK_TAGS.has(tag) ? 'block' : 'inline';
}

function commonAncestor(a: Node, b: Node): Element | null {
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) {
    if (seen.has(n)) return n instanceof Element ? n : (n.parentElement ?? null);
  }
  return null;
}

export interface PageTextOptions {
  /** Subtrees never read, such as the extension's own in-page notice. */
  skip?: (el: Element) => boolean;
  /** Shares computed styles with other readers of the same look. */
  styleOf?: StyleOf;
}

/** One look's reader: runs and texts are computed once per element and reused. */
export interface PageText {
  /** The runs inside `root`, in reading order. */
  runs(root: Element): readonly TextRun[];
  /** An element's text as a person reads it: its runs joined by one space. */
  text(el: Element): string;
  /** True when the element, or an ancestor, is not shown. */
  isHidden: HiddenCheck;
}

export function createPageText(doc: Document, options: PageTextOptions = {}): PageText {
  const styleOf = options.styleOf ?? createStyleCache(doc);
  const isHidden = createHiddenCheck(doc, styleOf);
  const skip = options.skip ?? (() => false);
  const cache = new Map<Element, readonly TextRun[]>();

  const read = (root: Element): TextRun[] => {
    const runs: TextRun[] = [];
    let parts: string[] = [];
    let pieces: string[] = [];
    let pieceParent: Node | null = null;
    let first: Node | null = null;
    let last: Node | null = null;
    let block: Element = root;

    const flush = (): void => {
      const text = collapseText(parts.join(''));
      if (text && first && last) {
        const element = first === last ? first.parentElement : commonAncestor(first, last);
        if (element) runs.push({ text, element, block, pieces, last });
      }
      parts = [];
      pieces = [];
      pieceParent = null;
      first = last = null;
    };

    const visit = (node: Node): void => {
      if (node.nodeType === 3 /* TEXT_NODE */) {
        const value = node.nodeValue ?? '';
        if (value.length === 0) return;
        parts.push(value);
        if (node.parentNode === pieceParent && pieces.length > 0) {
          pieces[pieces.length - 1] += value;
        } else {
          pieces.push(value);
          pieceParent = node.parentNode;
        }
        // White space between two runs belongs to neither; it must not anchor a run's element.
        if (value.trim() !== '') {
          first ??= node;
          last = node;
        }
        return;
      }
      if (node.nodeType !== 1 /* ELEMENT_NODE */) return; // comments, processing instructions
      const el = node as Element;
      if (skip(el) || isHidden(el)) return; // unseen: neither text nor a boundary
      const flow = el === root ? 'block' : flowOf(el, styleOf);
      if (flow === 'break' || flow === 'replaced') {
        flush();
        return;
      }
      if (flow === 'inline') {
        for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
        return;
      }
      flush();
      const outer = block;
      block = el;
      for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
      flush();
      block = outer;
    };

    if (!skip(root) && !isHidden(root)) visit(root);
    flush();
    return runs;
  };

  const runs = (root: Element): readonly TextRun[] => {
    let found = cache.get(root);
    if (!found) {
      found = read(root);
      cache.set(root, found);
    }
    return found;
  };

  return {
    runs,
    text: (el) =>
      runs(el)
        .map((r) => r.text)
        .join(' '),
    isHidden,
  };
}
