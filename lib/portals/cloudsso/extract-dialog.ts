import { collapseText, type PageText, type TextRun } from '../common/page-text';
import { findDateTimes } from './dates';
import { isOurs, type LabelIndex } from './dom-index';
import { valueNear } from './extract-near';
import { LABELS, PATTERNS, SELECTORS } from './selectors';

/** The "SCIM Credential Generated" dialog as read from the page. */
export interface DialogRecord {
  /** The key; null when the dialog shows none that can be told apart (reported as a problem). */
  secret: string | null;
  /** True when several different key-like values were shown and none was labelled. */
  ambiguous: boolean;
  credentialId: string | null;
  /** Creation time when the dialog prints one. */
  createdAt: number | null;
}

/** A key-like token: the allowed alphabet, and digits or mixed case (words have neither). */
function asSecret(raw: string): string | null {
  const text = raw.trim();
  if (!PATTERNS.secretLike.test(text)) return null;
  if (
    PATTERNS.credentialIdPrefix.test(text) ||
    PATTERNS.url.test(text) ||
    findDateTimes(text).length > 0
  )
    return null;
  if (!/[0-9]/.test(text) && !(/[a-z]/.test(text) && /[A-Z]/.test(text))) return null;
  return text;
}

/** "Secret: abc…" in one run: the part after a known field label. */
function afterFieldLabel(raw: string): string | null {
  const m = PATTERNS.labelledValue.exec(raw.trim());
  return m && LABELS.credentialSecretField.has(m[1]!) ? asSecret(m[2]!) : null;
}

function dialogOf(title: Element): Element {
  const box = title.closest(SELECTORS.dialog);
  if (box) return box;
  let el: Element = title;
  for (let i = 0; i < 4 && el.parentElement && el.parentElement.tagName !== 'BODY'; i++)
    el = el.parentElement;
  return el;
}

function inputValues(page: PageText, box: Element): (string | null)[] {
  return Array.from(box.querySelectorAll(SELECTORS.valueInput)).map((input) =>
    !page.isHidden(input) &&
    (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)
      ? asSecret(input.value)
      : null,
  );
}

/** A candidate that cannot be told apart from another reading of the same text. */
const AMBIGUOUS = 'ambiguous' as const;

/**
 * A run read as a key, or as "Label: key". A key split across elements is read whole, as a
 * person reads it, unless one of its element pieces is itself a key-like value: then
 * `<span>Word</span><span>key</span>` could be "Wordkey" or "key", and a wrong key is worse than
 * none (the dialog is still open; the admin can copy it by hand).
 */
function keyInRun(run: TextRun): string | typeof AMBIGUOUS | null {
  const key = asSecret(run.text) ?? afterFieldLabel(run.text);
  if (!key || run.pieces.length < 2) return key;
  const other = run.pieces.map((p) => asSecret(collapseText(p))).find((p) => p && p !== key);
  return other ? AMBIGUOUS : key;
}

/** Every run of text in the dialog read as a key. */
function runValues(page: PageText, box: Element): (string | typeof AMBIGUOUS | null)[] {
  return page.runs(box).map(keyInRun);
}

/**
 * Where the dialog puts the key is not documented (docs/research/cloudsso.md#open-questions), so
 * look in order: a labelled field, then read-only inputs, then runs of text. A tier that shows two
 * different candidates is ambiguous and yields nothing rather than a guess.
 */
function findSecret(
  page: PageText,
  box: Element,
  index: LabelIndex,
): { secret: string | null; ambiguous: boolean } {
  const labelled = index
    .find(LABELS.credentialSecretField, box)
    .map((label) => valueNear(page, label, asSecret, []));
  for (const tier of [labelled, inputValues(page, box), runValues(page, box)]) {
    const distinct = [...new Set(tier.filter((v) => v !== null))];
    if (distinct.length === 1 && distinct[0] !== AMBIGUOUS)
      return { secret: distinct[0]!, ambiguous: false };
    if (distinct.length > 0) return { secret: null, ambiguous: true };
  }
  return { secret: null, ambiguous: false };
}

/** The open key dialog (the newest, if several are stacked), or null when none is shown. */
export function readDialog(page: PageText, index: LabelIndex): DialogRecord | null {
  const titles = index
    .find(LABELS.credentialDialogTitle)
    .filter((hit) => !page.isHidden(hit.element));
  const title = titles[titles.length - 1];
  if (!title) return null;
  const box = dialogOf(title.element);
  const text = page.text(box);
  const { secret, ambiguous } = findSecret(page, box, index);
  return {
    secret,
    ambiguous,
    credentialId: PATTERNS.credentialId.exec(text)?.[0] ?? null,
    createdAt: findDateTimes(text)[0] ?? null,
  };
}

/**
 * Whether a shown dialog holds a credential id or a key-like value under no known title: the
 * console may have renamed its key dialog, which must be reported (`credential-dialog`) rather
 * than missed. Such a dialog is never read for a key: without its title it is a guess.
 */
export function hasUntitledKeyDialog(doc: Document, page: PageText, index: LabelIndex): boolean {
  const titled = index
    .find(LABELS.credentialDialogTitle)
    .map((title) => title.element.closest(SELECTORS.dialog) ?? title.element);
  return Array.from(doc.querySelectorAll(SELECTORS.dialog)).some(
    (box) =>
      !isOurs(box) &&
      !titled.some((t) => box.contains(t) || t.contains(box)) &&
      !page.isHidden(box) &&
      (PATTERNS.credentialId.test(page.text(box)) ||
        [...inputValues(page, box), ...runValues(page, box)].some((v) => v !== null)),
  );
}
