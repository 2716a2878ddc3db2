import { NOTICE_HOST_TAG, SELECTORS } from './selectors';
import { canonicalLabel, type LabelSet } from './text';

/** Longest text an element may hold to count as a label (anything longer is a container). */
const MAX_LABEL_CHARS = 160;
const MAX_LABEL_CHILDREN = 6;

/**
 * One pass over the page's short texts, so each label lookup afterwards is a map lookup instead
 * of another walk over a console page with thousands of elements. Part of extract.ts's reading
 * of the DOM; nothing else uses it.
 */
export interface LabelIndex {
  /** Elements whose whole text is one of the set's variants, deepest first, in page order. */
  find(set: LabelSet, within?: Element): Element[];
  /** Elements whose canonical text satisfies a predicate (for patterns such as qualifiers). */
  findWhere(predicate: (canon: string) => boolean, within?: Element): Element[];
}

export function isOurs(el: Element): boolean {
  return el.closest(NOTICE_HOST_TAG) !== null;
}

export function indexLabels(root: ParentNode): LabelIndex {
  const byCanon = new Map<string, Element[]>();
  for (const el of Array.from(root.querySelectorAll(SELECTORS.labelCandidates))) {
    if (el.childElementCount > MAX_LABEL_CHILDREN) continue;
    const text = el.textContent ?? '';
    if (text.length === 0 || text.length > MAX_LABEL_CHARS || isOurs(el)) continue;
    const canon = canonicalLabel(text);
    if (!canon) continue;
    const list = byCanon.get(canon);
    if (list) list.push(el);
    else byCanon.set(canon, [el]);
  }
  const deepest = (els: Element[], within?: Element): Element[] => {
    const unique = [...new Set(els)].sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    const inside = within ? unique.filter((el) => within.contains(el)) : unique;
    // A wrapper with the same text as its child is the same label: keep the innermost.
    return inside.filter((el) => !inside.some((other) => other !== el && el.contains(other)));
  };
  return {
    find: (set, within) =>
      deepest(
        set.variants.flatMap((v) => byCanon.get(canonicalLabel(v)) ?? []),
        within,
      ),
    findWhere: (predicate, within) =>
      deepest(
        [...byCanon.entries()].filter(([canon]) => predicate(canon)).flatMap(([, els]) => els),
        within,
      ),
  };
}
