/**
 * Meaning-preserving changes to a page, for the perturbation property (docs/portals.md#testing-how-pages-are-read):
 * whatever a portal release does to its markup without changing what the admin sees, the
 * extension must read the same values or refuse with a reason, never read a different value.
 *
 * `applyPerturbations` is one self-contained function (no imports, no module state), so the
 * end-to-end tests can hand its source to Chromium with `page.evaluate` and perturb a live
 * fixture page exactly as the unit tests perturb a snapshot in happy-dom.
 *
 * What counts as meaning-preserving, and why each change is safe:
 * - splitting a text node, inserting a comment: no rendering change at all;
 * - wrapping inline siblings in an inline element, inserting `<wbr>`: only where the parent lays
 *   its children out inline (inside a flex or grid container every child is a box of its own,
 *   so a new element there would be a new box);
 * - stripping or renaming classes and ids: the layout the classes gave is frozen into inline
 *   styles first (display, visibility, and the visually-hidden idiom), as a release that renamed
 *   its classes would ship matching CSS;
 * - dropping label associations (`for`, `aria-labelledby`, `aria-label` on fields): the labels
 *   stay where they are on screen;
 * - wrapping a block in a `<div>`: a block in a block is still a block of its own;
 * - a required `*` or a colon after a label, its case and spacing: the portals vary exactly so.
 * Values (endpoints, keys, ids, dates) are never edited, only split and wrapped; elements marked
 * `data-truth` keep that attribute, which lets a test say which field is which.
 */

export type PerturbKind =
  | 'split-text'
  | 'comment'
  | 'wbr'
  | 'wrap-inline'
  | 'wrap-block'
  | 'classes'
  | 'ids'
  | 'unlink-labels'
  | 'label-marker'
  | 'label-case';

export interface PerturbOp {
  kind: PerturbKind;
  /** Which candidate node the op applies to, modulo the number of candidates. */
  target: number;
  /** A second free choice (where to split, how many siblings, which marker...). */
  choice: number;
}

export const PERTURB_KINDS: readonly PerturbKind[] = [
  'split-text',
  'comment',
  'wbr',
  'wrap-inline',
  'wrap-block',
  'classes',
  'ids',
  'unlink-labels',
  'label-marker',
  'label-case',
];

/**
 * Applies `ops` to the subtree under `root`, in order, and returns what each did (for a failure
 * message). `vocabulary` is the extension's own label wording: only texts equal to one of them
 * (after the portals' normalization) get a marker, a case or a spacing change.
 */
export function applyPerturbations(
  root: Element,
  ops: readonly PerturbOp[],
  vocabulary: readonly string[],
): string[] {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const log: string[] = [];
  const norm = (t: string): string =>
    t
      .normalize('NFKC')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/\s+/g, '')
      .replace(/^\*+/, '')
      .replace(/[*:：]+$/, '')
      .toLowerCase();
  const words = new Set(vocabulary.map(norm).filter(Boolean));
  // Styles are read once, before any change: the perturbations never change how an existing
  // element is laid out, and the wrappers they add are known to be inline (span) or block (div).
  const styles = new Map<Element, { display: string; style: CSSStyleDeclaration | null }>();
  const styleOf = (el: Element): CSSStyleDeclaration | null => {
    let known = styles.get(el);
    if (!known) {
      const style = view ? view.getComputedStyle(el) : null;
      known = { display: style?.display ?? '', style };
      styles.set(el, known);
    }
    return known.style;
  };
  const displayCache = (el: Element): string => {
    styleOf(el);
    return styles.get(el)!.display;
  };
  for (const el of Array.from(root.querySelectorAll('*'))) displayCache(el);
  displayCache(root);
  const INLINE_TAGS = new Set([
    'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'LABEL',
    'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
  ]); // prettier-ignore
  const BLOCK_TAGS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
    'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN',
    'NAV', 'OL', 'P', 'SECTION', 'TABLE', 'UL',
  ]); // prettier-ignore
  const ITEM_CONTAINER = /^(flex|inline-flex|grid|inline-grid)$/;
  const skip = (el: Element): boolean =>
    /^(SCRIPT|STYLE|TEMPLATE|HEAD|TITLE|NOSCRIPT)$/.test(el.tagName) ||
    el.tagName.toLowerCase() === 'cloudsso-scim-assistant-notice';
  const inlineFlow = (parent: Element): boolean => !ITEM_CONTAINER.test(displayCache(parent));
  const displayOf = (el: Element): string => {
    const d = displayCache(el);
    if (d) return d;
    return BLOCK_TAGS.has(el.tagName) ? 'block' : 'inline';
  };
  const isInline = (n: Node): boolean =>
    n.nodeType === 3 ||
    n.nodeType === 8 ||
    (n.nodeType === 1 &&
      INLINE_TAGS.has((n as Element).tagName) &&
      displayOf(n as Element) === 'inline' &&
      !(n as Element).hasAttribute('role'));

  const elements = (): Element[] =>
    [root, ...Array.from(root.querySelectorAll('*'))].filter(
      (el) => !skip(el) && !el.closest('script,style,template,cloudsso-scim-assistant-notice'),
    );
  const textNodes = (): Text[] => {
    const out: Text[] = [];
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && !skip(parent) && (n.nodeValue ?? '').length > 0) out.push(n as Text);
    }
    return out;
  };
  /** A split point inside `text` that never cuts a surrogate pair (an emoji) in half. */
  const splitPoint = (text: string, choice: number): number => {
    let at = 1 + (Math.abs(choice) % (text.length - 1));
    if (/[\udc00-\udfff]/.test(text[at] ?? '')) at -= 1;
    return at;
  };
  /** A node's text for the log, on one line. */
  const quote = (text: string | null): string => JSON.stringify((text ?? '').replace(/\s+/g, ' '));
  const pick = <T>(list: readonly T[], i: number): T | undefined =>
    list.length ? list[Math.abs(i) % list.length] : undefined;
  // A label's text, whole: a node that is one of the words and all the text of its element (after
  // a split, "Secret" of "Secret token" is a word, but a colon after it would change the label).
  const labelTexts = (): Text[] =>
    textNodes().filter((t) => {
      const text = norm(t.nodeValue ?? '');
      return words.has(text) && norm(t.parentElement?.textContent ?? '') === text;
    });

  // Freeze the layout classes give, so stripping or renaming them changes nothing on screen.
  const freeze = (el: Element): void => {
    const style = styleOf(el);
    const inline = (el as HTMLElement).style;
    if (!style || !inline) return;
    if (style.display) inline.setProperty('display', style.display);
    if (style.visibility) inline.setProperty('visibility', style.visibility);
    if (style.position === 'absolute' || style.position === 'fixed') {
      for (const p of ['position', 'clip', 'clip-path', 'width', 'height', 'overflow'])
        if (style.getPropertyValue(p)) inline.setProperty(p, style.getPropertyValue(p));
    }
  };

  for (const op of ops) {
    switch (op.kind) {
      case 'split-text': {
        const t = pick(textNodes(), op.target);
        const text = t?.nodeValue ?? '';
        if (!t || text.length < 2) break;
        const at = splitPoint(text, op.choice);
        if (at < 1) break;
        t.splitText(at);
        log.push(`split ${quote(text)} at ${at}`);
        break;
      }
      case 'comment':
      case 'wbr': {
        const t = pick(
          textNodes().filter(
            (n) => op.kind === 'comment' || (n.parentElement && inlineFlow(n.parentElement)),
          ),
          op.target,
        );
        const text = t?.nodeValue ?? '';
        if (!t || text.length < 2) break;
        const at = splitPoint(text, op.choice);
        if (at < 1) break;
        const rest = t.splitText(at);
        t.parentNode!.insertBefore(
          op.kind === 'comment' ? doc.createComment('x') : doc.createElement('wbr'),
          rest,
        );
        log.push(`${op.kind} in ${quote(text)} at ${at}`);
        break;
      }
      case 'wrap-inline': {
        const t = pick(
          textNodes().filter((n) => n.parentElement && inlineFlow(n.parentElement)),
          op.target,
        );
        if (!t) break;
        const parent = t.parentNode!;
        const siblings = Array.from(parent.childNodes);
        let start = siblings.indexOf(t);
        let end = start;
        const span = Math.abs(op.choice) % 3;
        while (start > 0 && end - start < span && isInline(siblings[start - 1]!)) start--;
        while (end < siblings.length - 1 && end - start < span && isInline(siblings[end + 1]!))
          end++;
        const wrapper = doc.createElement(['span', 'b', 'em', 'font'][Math.abs(op.choice) % 4]!);
        styles.set(wrapper, { display: 'inline', style: null });
        parent.insertBefore(wrapper, siblings[start]!);
        for (const n of siblings.slice(start, end + 1)) wrapper.append(n);
        log.push(
          `wrap ${end - start + 1} node(s) around ${quote(t.nodeValue)} in <${wrapper.tagName}>`,
        );
        break;
      }
      case 'wrap-block': {
        const el = pick(
          elements().filter(
            (e) =>
              e !== root &&
              e.parentElement &&
              !skip(e.parentElement) &&
              /^(block|flex|grid|table|list-item|flow-root)$/.test(displayOf(e)) &&
              e.tagName !== 'TR' &&
              e.tagName !== 'TD' &&
              e.tagName !== 'TH' &&
              e.tagName !== 'LI' &&
              e.tagName !== 'BODY' &&
              e.tagName !== 'HTML',
          ),
          op.target,
        );
        if (!el) break;
        const wrapper = doc.createElement('div');
        styles.set(wrapper, { display: 'block', style: null });
        el.parentNode!.insertBefore(wrapper, el);
        wrapper.append(el);
        log.push(`wrap <${el.tagName}> in <div>`);
        break;
      }
      case 'classes': {
        const el = pick(
          elements().filter((e) => e.hasAttribute('class')),
          op.target,
        );
        if (!el) break;
        freeze(el);
        if (op.choice % 2 === 0) el.removeAttribute('class');
        else
          el.setAttribute(
            'class',
            el
              .getAttribute('class')!
              .split(/\s+/)
              .filter(Boolean)
              .map((_c, i) => `c${Math.abs(op.choice + i * 7919).toString(36)}`)
              .join(' '),
          );
        log.push(`classes of <${el.tagName}> ${op.choice % 2 === 0 ? 'stripped' : 'renamed'}`);
        break;
      }
      case 'ids': {
        const el = pick(
          elements().filter((e) => e.hasAttribute('id')),
          op.target,
        );
        if (!el) break;
        if (op.choice % 2 === 0) el.removeAttribute('id');
        else el.setAttribute('id', `i${Math.abs(op.choice).toString(36)}`);
        log.push(`id of <${el.tagName}> ${op.choice % 2 === 0 ? 'stripped' : 'renamed'}`);
        break;
      }
      case 'unlink-labels': {
        for (const el of elements()) {
          el.removeAttribute('for');
          el.removeAttribute('aria-labelledby');
          if (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) el.removeAttribute('aria-label');
        }
        log.push('label associations dropped');
        break;
      }
      case 'label-marker': {
        const t = pick(labelTexts(), op.target);
        if (!t) break;
        const marker = [' *', ':', '：', '*'][Math.abs(op.choice) % 4]!;
        if (Math.abs(op.choice) % 8 < 4) t.nodeValue = `${t.nodeValue ?? ''}${marker}`;
        else {
          const span = doc.createElement('span');
          span.textContent = marker;
          t.parentNode!.insertBefore(span, t.nextSibling);
        }
        log.push(`marker "${marker}" after label ${quote(t.nodeValue)}`);
        break;
      }
      case 'label-case': {
        const t = pick(labelTexts(), op.target);
        if (!t) break;
        const text = t.nodeValue ?? '';
        const mode = Math.abs(op.choice) % 4;
        t.nodeValue =
          mode === 0
            ? text.toUpperCase()
            : mode === 1
              ? text.toLowerCase()
              : mode === 2
                ? `  ${text.replace(/ /g, '  ')}\n`
                : text.replace(/ /g, '\u00a0');
        log.push(`label ${quote(text)} case/spacing ${mode}`);
        break;
      }
    }
  }
  return log;
}
