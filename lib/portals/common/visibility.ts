/**
 * Whether an element is seen on the page, for both portals. A closed dialog may stay in the DOM,
 * hidden; a copy icon may carry text a screen reader announces but nobody sees; a collapsed
 * section keeps its fields. None of that is what the admin reads.
 *
 * Layout-free on purpose (no bounding boxes): the same answer in Chromium and in happy-dom, and
 * no forced layout in a content script that runs on every portal frame.
 */
export type HiddenCheck = (el: Element) => boolean;
export type StyleOf = (el: Element) => CSSStyleDeclaration | null;

/** Computed styles for one look at the page, each element's read once. */
export function createStyleCache(doc: Document): StyleOf {
  const view = doc.defaultView;
  const cache = new Map<Element, CSSStyleDeclaration | null>();
  return (el) => {
    let style = cache.get(el);
    if (style === undefined) {
      style = view ? view.getComputedStyle(el) : null;
      cache.set(el, style);
    }
    return style;
  };
}

/** Elements whose content is never page text. */
const NOT_RENDERED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);

/**
 * The "visually hidden" idiom (sr-only): absolutely positioned and clipped to nothing, or 1px
 * square with overflow hidden. Such text is for assistive technology only.
 */
function visuallyHidden(style: CSSStyleDeclaration): boolean {
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  const clip = style.clip.replace(/\s/g, '');
  if (clip === 'rect(0,0,0,0)' || clip === 'rect(0px,0px,0px,0px)') return true;
  if (/^inset\(50%\)$/.test(style.clipPath.replace(/\s/g, ''))) return true;
  const px = (v: string): number => (v.endsWith('px') ? Number.parseFloat(v) : Number.NaN);
  return px(style.width) <= 1 && px(style.height) <= 1 && style.overflow === 'hidden';
}

function hiddenItself(el: Element, styleOf: StyleOf): boolean {
  if (NOT_RENDERED.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // Content of a closed <details>, other than its <summary>, is not rendered.
  const parent = el.parentElement;
  if (parent?.tagName === 'DETAILS' && !parent.hasAttribute('open') && el.tagName !== 'SUMMARY')
    return true;
  const style = styleOf(el);
  if (!style) return false;
  return style.display === 'none' || style.visibility === 'hidden' || visuallyHidden(style);
}

/**
 * A hidden check with a cache for one look at the page: an element is hidden when it or an
 * ancestor is. Create one per look; the page changes between looks.
 */
export function createHiddenCheck(
  doc: Document,
  styleOf: StyleOf = createStyleCache(doc),
): HiddenCheck {
  const cache = new Map<Element, boolean>();
  const check = (el: Element): boolean => {
    const known = cache.get(el);
    if (known !== undefined) return known;
    const parent = el.parentElement;
    const hidden = hiddenItself(el, styleOf) || (parent !== null && check(parent));
    cache.set(el, hidden);
    return hidden;
  };
  return check;
}
