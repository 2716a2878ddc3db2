import { collapseText, type PageText } from '../common/page-text';
import { NOTICE_HOST_TAG } from './selectors';
import { canonicalLabel, type LabelSet } from './text';

/** Longest run that can be a label (anything longer is a sentence or a value). */
const MAX_LABEL_CHARS = 160;
/** A label followed by its value in the same run: "SCIM Endpoint: https://…". */
const LABEL_THEN_VALUE = /^(.{1,60}?)\s*[:：]\s*(\S.*)$/;

/** A label as found on the page: the element holding its text, and any value after it. */
export interface LabelHit {
  element: Element;
  /**
   * The rest of the label's own run when the value is written in the same line: after
   * "Label:", or after a label that is an element of its own (`<span>Label</span><span>value`).
   */
  rest: string | null;
}

/**
 * One pass over the page's runs of text (common/page-text.ts), so each label lookup afterwards is
 * a map lookup. A label is one run as a person reads it, however many nodes it is split into.
 * Part of extract.ts's reading of the DOM; nothing else uses it.
 */
export interface LabelIndex {
  /** Labels of the set, in page order, innermost element first when nested. */
  find(set: LabelSet, within?: Element): LabelHit[];
  /** Labels whose canonical text satisfies a predicate (for patterns such as qualifiers). */
  findWhere(predicate: (canon: string) => boolean, within?: Element): LabelHit[];
}

export function isOurs(el: Element): boolean {
  return el.closest(NOTICE_HOST_TAG) !== null;
}

export function indexLabels(page: PageText, root: Element): LabelIndex {
  const byCanon = new Map<string, LabelHit[]>();
  const add = (canon: string, hit: LabelHit): void => {
    if (!canon) return;
    const list = byCanon.get(canon);
    if (list) list.push(hit);
    else byCanon.set(canon, [hit]);
  };
  for (const run of page.runs(root)) {
    if (run.text.length > MAX_LABEL_CHARS) continue;
    add(canonicalLabel(run.text), { element: run.element, rest: null });
    const inline = LABEL_THEN_VALUE.exec(run.text);
    if (inline) add(canonicalLabel(inline[1]!), { element: run.element, rest: inline[2]! });
    // Where the page itself separates a label from its value by an element boundary.
    for (let k = 1; k < run.pieces.length; k++) {
      const head = collapseText(run.pieces.slice(0, k).join(''));
      const rest = collapseText(run.pieces.slice(k).join(''));
      if (head.length <= MAX_LABEL_CHARS && rest)
        add(canonicalLabel(head), { element: run.element, rest });
    }
  }
  const ordered = (hits: LabelHit[], within?: Element): LabelHit[] =>
    hits
      .filter((h) => !within || within.contains(h.element))
      .sort((a, b) =>
        a.element === b.element
          ? 0
          : a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING
            ? -1
            : 1,
      );
  return {
    find: (set, within) =>
      ordered(
        set.variants.flatMap((v) => byCanon.get(canonicalLabel(v)) ?? []),
        within,
      ),
    findWhere: (predicate, within) =>
      ordered(
        [...byCanon.entries()].filter(([canon]) => predicate(canon)).flatMap(([, hits]) => hits),
        within,
      ),
  };
}
