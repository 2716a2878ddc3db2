import { findDateTimes } from './dates';
import { isOurs, type LabelIndex } from './dom-index';
import { isShown, spacedText, valueNear } from './extract-near';
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

/** "Secret: abc…" in one text node: the part after a known field label. */
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

function inputValues(box: Element): (string | null)[] {
  return Array.from(box.querySelectorAll(SELECTORS.valueInput)).map((input) =>
    input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement
      ? asSecret(input.value)
      : null,
  );
}

function leafValues(box: Element): (string | null)[] {
  return Array.from(box.querySelectorAll('*'))
    .filter((el) => el.childElementCount === 0 && !isOurs(el))
    .map((el) => {
      const text = el.textContent ?? '';
      return asSecret(text) ?? afterFieldLabel(text);
    });
}

/**
 * Where the dialog puts the key is not documented (cloudsso.md §7 q2), so look in order:
 * a labelled field, then read-only inputs, then bare text. A tier that shows two different
 * candidates is ambiguous and yields nothing rather than a guess.
 */
function findSecret(
  box: Element,
  index: LabelIndex,
): { secret: string | null; ambiguous: boolean } {
  const labelled = index
    .find(LABELS.credentialSecretField, box)
    .map((label) => valueNear(label, asSecret, []));
  for (const tier of [labelled, inputValues(box), leafValues(box)]) {
    const distinct = [...new Set(tier.filter((v): v is string => v !== null))];
    if (distinct.length === 1) return { secret: distinct[0]!, ambiguous: false };
    if (distinct.length > 1) return { secret: null, ambiguous: true };
  }
  return { secret: null, ambiguous: false };
}

/** The open key dialog (the newest, if several are stacked), or null when none is shown. */
export function readDialog(index: LabelIndex): DialogRecord | null {
  const titles = index.find(LABELS.credentialDialogTitle).filter(isShown);
  const title = titles[titles.length - 1];
  if (!title) return null;
  const box = dialogOf(title);
  const text = spacedText(box);
  const { secret, ambiguous } = findSecret(box, index);
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
export function hasUntitledKeyDialog(doc: Document, index: LabelIndex): boolean {
  const titled = index
    .find(LABELS.credentialDialogTitle)
    .map((title) => title.closest(SELECTORS.dialog) ?? title);
  return Array.from(doc.querySelectorAll(SELECTORS.dialog)).some(
    (box) =>
      !isOurs(box) &&
      !titled.some((t) => box.contains(t) || t.contains(box)) &&
      isShown(box) &&
      (PATTERNS.credentialId.test(spacedText(box)) ||
        [...inputValues(box), ...leafValues(box)].some((v) => v !== null)),
  );
}
