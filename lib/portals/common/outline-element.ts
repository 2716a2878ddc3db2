import { classifyOrigin } from '../../origins';
import { collapse, keepKnownWords } from './known-text';
import type { KnownWording } from './known-words';

/**
 * One element's line in the page outline: its tag and what structure its attributes carry.
 * Values are kept only when they are structure (a role, an input type, `aria-selected=true`, a
 * heading level) or the extension's own wording; every other attribute text is shaped. Input
 * values are never read. Ids, names, hrefs, `for` targets and unknown classes are dropped; a
 * reference (`aria-labelledby`, `label[for]`) is shown by what it points at, never by its id.
 */

/** WAI-ARIA 1.2 roles; anything else is page-made and shown as `role=?`. */
const ROLES = new Set(
  'alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox complementary contentinfo definition deletion dialog directory document emphasis feed figure form generic grid gridcell group heading img insertion link list listbox listitem log main marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note option paragraph presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton status strong subscript superscript switch tab table tablist tabpanel term textbox time timer toolbar tooltip tree treegrid treeitem'.split(
    ' ',
  ),
);

const INPUT_TYPES = new Set(
  'button checkbox color date datetime-local email file hidden image month number password radio range reset search submit tel text time url week'.split(
    ' ',
  ),
);

/** Values of ARIA state and property attributes that are structure, not content. */
const ARIA_TOKENS = new Set(
  'true false mixed undefined page step location date time dialog menu listbox tree grid polite assertive off horizontal vertical ascending descending none other inline list both additions removals text all grammar spelling'.split(
    ' ',
  ),
);

/** ARIA attributes whose value is text a person reads. */
const ARIA_TEXT = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'aria-braillelabel',
]);

/** ARIA attributes holding element ids: shown by the text they point at, or by name only. */
const ARIA_LABEL_REFS = new Set(['aria-labelledby', 'aria-describedby']);
const ARIA_ID_REFS = new Set([
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
]);

/** Other attributes whose value is text a person reads. */
const TEXT_ATTRIBUTES = ['title', 'placeholder', 'alt', 'label'] as const;

/** Boolean attributes that are structure. */
const FLAGS = ['readonly', 'disabled', 'required', 'hidden', 'inert', 'open', 'multiple'] as const;

/**
 * Class names of the consoles' design systems (Alibaba Fusion `next-*`, the Azure portal's
 * `fxs-*`/`fxc-*`/`azc-*`/`msportalfx-*`, Fluent `ms-*`/`fui-*`): structure a fixture copies.
 * Letters, hyphens and underscores only, so no class carries a number or an id.
 */
const STRUCTURAL_CLASS = /^(next|fxs|fxc|azc|ms|fui|msportalfx)-[A-Za-z][A-Za-z_-]{0,58}$/;
const MAX_CLASSES = 8;
const DATA_NAME = /^data-[a-z]+(-[a-z]+)*$/;
const MAX_DATA = 6;
/** Language tags as pages write them ("en", "zh-CN", "zh-Hans-CN"); too short to hold a value. */
const LANG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-\d{3})?$/;
/** Custom element names (`fxs-blade-content`): letters and hyphens; other names are not shown. */
const CUSTOM_TAG = /^[a-z]+(-[a-z]+)+$/;

export interface LineContext {
  doc: Document;
  known: KnownWording;
}

const quote = (text: string): string => JSON.stringify(text);

function text(value: string, known: KnownWording): string | null {
  const kept = keepKnownWords(value, known);
  return kept ? quote(kept) : null;
}

function ariaValue(name: string, value: string, known: KnownWording): string {
  const tokens = collapse(value).split(' ').filter(Boolean);
  if (tokens.length === 0) return '""';
  if (tokens.every((t) => ARIA_TOKENS.has(t.toLowerCase()))) return tokens.join(' ');
  if (/^-?\d{1,4}$/.test(value.trim())) return value.trim();
  if (/^-?\d+$/.test(value.trim())) return '9';
  return text(value, known) ?? '""';
}

/** The text of the elements an `aria-labelledby` list points at, as the outline shows text. */
function referencedText(ids: string, ctx: LineContext): string {
  const parts = ids
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((id) => ctx.doc.getElementById(id)?.textContent ?? '');
  return text(parts.join(' '), ctx.known) ?? '(nothing)';
}

/** The origin of a frame's address when it is on the allow-list; otherwise it is not named. */
export function frameOrigin(el: Element, doc: Document): string {
  if (el.hasAttribute('srcdoc')) return '(inline document)';
  const src = el.getAttribute('src') ?? el.getAttribute('data');
  if (src === null || src.trim() === '') return '(no address)';
  let url: URL;
  try {
    url = new URL(src, doc.baseURI);
  } catch {
    return '(other origin)';
  }
  return classifyOrigin(url.href) ? `origin=${url.origin}` : '(other origin)';
}

/** The structural classes of an element, in its own order. */
export function structuralClasses(el: Element): string[] {
  const kept: string[] = [];
  for (const name of Array.from(el.classList)) {
    if (STRUCTURAL_CLASS.test(name) && name.split(/[-_]/).every((part) => part.length <= 24)) {
      kept.push(name);
      if (kept.length === MAX_CLASSES) break;
    }
  }
  return kept;
}

function styleFlags(el: Element): string[] {
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s/g, '');
  const flags: string[] = [];
  if (/(^|;)display:none/.test(style)) flags.push('style=display:none');
  if (/(^|;)visibility:hidden/.test(style)) flags.push('style=visibility:hidden');
  return flags;
}

/** An element's ARIA roles as the outline shows them: known roles, `?` for any other. */
export function roleOf(el: Element): string | null {
  const role = el.getAttribute('role');
  if (role === null) return null;
  const roles = role.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return roles.map((r) => (ROLES.has(r) ? r : '?')).join(' ') || '""';
}

/** An element's tag name as the outline shows it. */
export function tagName(el: Element): string {
  const tag = el.localName;
  if (/^[a-z][a-z0-9]{0,9}$/.test(tag) || (CUSTOM_TAG.test(tag) && tag.length <= 60)) return tag;
  return 'custom-element';
}

/** The parts of an element's line after its tag. */
export function describeElement(el: Element, ctx: LineContext): string[] {
  const tag = el.localName;
  const parts: string[] = [];
  const role = roleOf(el);
  if (role !== null) parts.push(`role=${role}`);
  if (tag === 'input' || tag === 'button') {
    const type = el.getAttribute('type');
    if (type !== null)
      parts.push(`type=${INPUT_TYPES.has(type.toLowerCase()) ? type.toLowerCase() : '?'}`);
  }
  if (/^h[1-6]$/.test(tag)) parts.push(`level=${tag[1]}`);
  for (const flag of FLAGS) if (el.hasAttribute(flag)) parts.push(flag);
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') parts.push('contenteditable');
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    // A checkbox's or a switch's state is structure (is the sync switch on?), not a value.
    if (type === 'checkbox' || type === 'radio')
      parts.push((el as HTMLInputElement).checked ? 'checked' : 'unchecked');
  }
  parts.push(...styleFlags(el));
  if (el.hasAttribute('href')) parts.push('href');
  if (tag === 'label' && el.hasAttribute('for')) {
    const target = ctx.doc.getElementById(el.getAttribute('for') ?? '');
    parts.push(`for=${target ? target.localName : '(missing)'}`);
  }
  if (el.hasAttribute('lang')) {
    const lang = el.getAttribute('lang') ?? '';
    if (lang !== '') parts.push(`lang=${LANG.test(lang) ? lang : '?'}`);
  }
  if (tag === 'iframe' || tag === 'frame' || tag === 'object' || tag === 'embed') {
    parts.push(frameOrigin(el, ctx.doc));
  }
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    if (!/^aria-[a-z]+$/.test(name)) continue;
    if (ARIA_TEXT.has(name)) parts.push(`${name}=${text(attr.value, ctx.known) ?? '""'}`);
    else if (ARIA_LABEL_REFS.has(name)) parts.push(`${name}→${referencedText(attr.value, ctx)}`);
    else if (ARIA_ID_REFS.has(name)) parts.push(name);
    else parts.push(`${name}=${ariaValue(name, attr.value, ctx.known)}`);
  }
  for (const name of TEXT_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null) parts.push(`${name}=${text(value, ctx.known) ?? '""'}`);
  }
  const data = Array.from(el.attributes)
    .map((a) => a.name.toLowerCase())
    .filter((n) => DATA_NAME.test(n))
    .slice(0, MAX_DATA);
  if (data.length > 0) parts.push(`[${data.join(' ')}]`);
  const classes = structuralClasses(el);
  if (classes.length > 0) parts.push(`.${classes.join('.')}`);
  return parts;
}
