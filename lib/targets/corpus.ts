/**
 * The built-in corpus: Entra objects whose names break naive mappings (docs/research/entra-expressions.md#lint-rules,
 * docs/research/entra-expressions.md#recipes, docs/research/entra-expressions.md#pitfalls; docs/research/cloudsso.md#scim-and-the-console-api). Each record is a full set of source
 * attributes so any expression over the usual attributes can be evaluated against it.
 * Records stay within Entra's own input bounds (targets.ts ENTRA_INPUT_BOUNDS): a name Entra
 * cannot hold would prove nothing.
 */

import type { Attributes } from '../expr';

export interface CorpusRecord {
  /** Stable identifier, e.g. "u-vietnamese". */
  id: string;
  object: 'user' | 'group';
  /** Why the record is hard, in a few words. */
  label: string;
  attrs: Attributes;
}

/** A deterministic GUID-looking objectId per record, so Mid([objectId], 1, 8) fallbacks differ. */
function objectId(seed: string): string {
  let h = 2166136261;
  let out = '';
  while (out.length < 32) {
    for (const ch of seed + out.length) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  const s = out.slice(0, 32);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-8${s.slice(17, 20)}-${s.slice(20)}`;
}

/** Repeats `words` joined by `sep` and cuts to exactly `length` UTF-16 units. */
export function exactLength(words: string, length: number, sep = ' '): string {
  let s = words;
  while (s.length < length) s += sep + words;
  return s.slice(0, length);
}

type UserFields = {
  displayName?: string | null;
  givenName?: string | null;
  surname?: string | null;
  /** Local part of the UPN; the domain is contoso.com unless `upn` is given. */
  local: string;
  upn?: string;
  mail?: string | null;
  mailNickname?: string | null;
};

/** Absent fields fall back to the usual Entra shape; `null` means "attribute not set". */
function user(id: string, label: string, f: UserFields): CorpusRecord {
  const upn = f.upn ?? `${f.local}@contoso.com`;
  const attrs: Attributes = {
    displayName: f.displayName,
    givenName: f.givenName,
    surname: f.surname,
    userPrincipalName: upn,
    mail: f.mail === undefined ? `${f.local}@contoso.com` : f.mail,
    mailNickname: f.mailNickname === undefined ? f.local : f.mailNickname,
    objectId: objectId(id),
  };
  return { id, object: 'user', label, attrs: dropMissing(attrs) };
}

function group(
  id: string,
  label: string,
  displayName: string | null,
  mailNickname: string | null = null,
): CorpusRecord {
  const attrs: Attributes = {
    displayName,
    mailNickname,
    mail: mailNickname === null ? null : `${mailNickname}@contoso.com`,
    objectId: objectId(id),
  };
  return { id, object: 'group', label, attrs: dropMissing(attrs) };
}

/** `null`/`undefined` become absent keys: Entra sends no value for an unset attribute. */
function dropMissing(attrs: Attributes): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

const LONG_GIVEN_64 = exactLength('Maximilianus', 64, '-');
const LONG_SURNAME_64 = exactLength('Wolfeschlegelsteinhausen', 64, '-');

export const USER_CORPUS: readonly CorpusRecord[] = [
  user('u-plain', 'plain ASCII name with one space (baseline)', {
    displayName: 'Alice Smith',
    givenName: 'Alice',
    surname: 'Smith',
    local: 'alice.smith',
  }),
  user('u-accents', 'accents and umlaut (é, ü)', {
    displayName: 'José Müller',
    givenName: 'José',
    surname: 'Müller',
    local: 'jose.muller',
  }),
  user('u-diaeresis-ring', 'diaeresis and ring (ë, Å)', {
    displayName: 'Zoë Ångström',
    givenName: 'Zoë',
    surname: 'Ångström',
    local: 'zoe.angstrom',
  }),
  user('u-eszett', 'ß becomes two letters', {
    displayName: 'Jürgen Groß',
    givenName: 'Jürgen',
    surname: 'Groß',
    local: 'juergen.gross',
  }),
  user('u-nordic', 'Æ and Ø (become AE, OE)', {
    displayName: 'Søren Ærø',
    givenName: 'Søren',
    surname: 'Ærø',
    local: 'soren.aero',
  }),
  user('u-nordic-a', 'Å and Ø in given and family name', {
    displayName: 'Åsa Ødegård',
    givenName: 'Åsa',
    surname: 'Ødegård',
    local: 'asa.odegard',
  }),
  user(
    'u-vietnamese',
    'Vietnamese: stacked diacritics and Đ, not in the NormalizeDiacritics table',
    {
      displayName: 'Nguyễn Thị Đặng',
      givenName: 'Thị Đặng',
      surname: 'Nguyễn',
      local: 'dang.nguyen',
    },
  ),
  user('u-polish', 'Polish Ł, ó, ż, ć (all in the table)', {
    displayName: 'Łukasz Żółć',
    givenName: 'Łukasz',
    surname: 'Żółć',
    local: 'lukasz.zolc',
  }),
  user('u-turkish', 'Turkish ğ and dotted capital İ', {
    displayName: 'Oğuz İnce',
    givenName: 'Oğuz',
    surname: 'İnce',
    local: 'oguz.ince',
  }),
  user('u-icelandic', 'Icelandic Þ and Ð, not in the table', {
    displayName: 'Þórður Ðorsteinsson',
    givenName: 'Þórður',
    surname: 'Ðorsteinsson',
    local: 'thordur.thorsteinsson',
  }),
  user('u-chinese-2', 'Chinese, two characters: nothing ASCII survives', {
    displayName: '张伟',
    givenName: '伟',
    surname: '张',
    local: 'zhang.wei',
  }),
  user('u-chinese-3', 'Chinese, three characters', {
    displayName: '王小明',
    givenName: '小明',
    surname: '王',
    local: 'wang.xiaoming',
  }),
  user('u-japanese-space', 'Japanese kanji with an ASCII space', {
    displayName: '山田 太郎',
    givenName: '太郎',
    surname: '山田',
    local: 'taro.yamada',
  }),
  user('u-ideographic-space', 'ideographic space U+3000 (StripSpaces keeps it)', {
    displayName: '山田\u3000花子',
    givenName: '花子',
    surname: '山田',
    local: 'hanako.yamada',
  }),
  user('u-katakana', 'katakana', {
    displayName: 'カタカナ タロウ',
    givenName: 'タロウ',
    surname: 'カタカナ',
    local: 'taro.katakana',
  }),
  user('u-korean', 'Korean Hangul', {
    displayName: '김민준',
    givenName: '민준',
    surname: '김',
    local: 'minjun.kim',
  }),
  user('u-greek', 'Greek letters with tonos', {
    displayName: 'Ελένη Παπαδοπούλου',
    givenName: 'Ελένη',
    surname: 'Παπαδοπούλου',
    local: 'eleni.papadopoulou',
  }),
  user('u-cyrillic', 'Cyrillic', {
    displayName: 'Ольга Иванова',
    givenName: 'Ольга',
    surname: 'Иванова',
    local: 'olga.ivanova',
  }),
  user('u-arabic', 'Arabic, right to left', {
    displayName: 'محمد علي',
    givenName: 'محمد',
    surname: 'علي',
    local: 'mohamed.ali',
  }),
  user('u-devanagari', 'Devanagari with combining vowel signs', {
    displayName: 'अमित शर्मा',
    givenName: 'अमित',
    surname: 'शर्मा',
    local: 'amit.sharma',
  }),
  user('u-emoji-inside', 'emoji inside the name (a surrogate pair)', {
    displayName: 'Sam 😀 Lee',
    givenName: 'Sam',
    surname: 'Lee',
    local: 'sam.lee',
  }),
  user('u-emoji-only', 'emoji only: sanitizing leaves nothing', {
    displayName: '🦄',
    givenName: '🦄',
    surname: '🦄',
    local: 'unicorn',
  }),
  user('u-nbsp', 'no-break space U+00A0 (StripSpaces keeps it)', {
    displayName: 'Mary\u00A0Ann Jones',
    givenName: 'Mary\u00A0Ann',
    surname: 'Jones',
    local: 'maryann.jones',
  }),
  user('u-tab', 'tab between the names', {
    displayName: 'John\tDoe',
    givenName: 'John',
    surname: 'Doe',
    local: 'john.doe',
  }),
  user('u-padded', 'leading and trailing spaces', {
    displayName: '  Bob Brown  ',
    givenName: ' Bob',
    surname: 'Brown ',
    local: 'bob.brown',
  }),
  user('u-double-space', 'two spaces between the names', {
    displayName: 'Anna  Berg',
    givenName: 'Anna',
    surname: 'Berg',
    local: 'anna.berg',
  }),
  user('u-en-space', 'en space U+2002 and narrow no-break space U+202F', {
    displayName: 'Li\u2002Na\u202FChen',
    givenName: 'Li\u2002Na',
    surname: 'Chen',
    local: 'lina.chen',
  }),
  user('u-zero-width', 'zero-width space U+200B hidden in the name', {
    displayName: 'Ka\u200Bren White',
    givenName: 'Ka\u200Bren',
    surname: 'White',
    local: 'karen.white',
  }),
  user('u-newline', 'line break inside the name', {
    displayName: 'Line\nBreak',
    givenName: 'Line',
    surname: 'Break',
    local: 'line.break',
  }),
  user('u-apostrophe', "ASCII apostrophe, also in the UPN (Entra allows ' there)", {
    displayName: "Seán O'Brien",
    givenName: 'Seán',
    surname: "O'Brien",
    local: "sean.o'brien",
  }),
  user('u-typographic-apostrophe', 'typographic apostrophe ’ U+2019', {
    displayName: 'Niamh O’Connor',
    givenName: 'Niamh',
    surname: 'O’Connor',
    local: 'niamh.oconnor',
  }),
  user('u-hyphen-apostrophe', 'apostrophe and hyphen', {
    displayName: "O'Brien-Smith",
    givenName: 'Pat',
    surname: "O'Brien-Smith",
    local: 'pat.obrien-smith',
  }),
  user('u-unicode-hyphen', 'Unicode hyphen U+2010 that looks like ASCII -', {
    displayName: 'Jean\u2010Luc Picard',
    givenName: 'Jean\u2010Luc',
    surname: 'Picard',
    local: 'jeanluc.picard',
  }),
  user('u-brackets', 'brackets, dots and a comma', {
    displayName: 'Dr. (Prof.) X, Jr.',
    givenName: 'Charles',
    surname: 'Xavier',
    local: 'charles.xavier',
  }),
  user('u-ampersand', 'ampersand', {
    displayName: 'Smith & Wesson',
    givenName: 'Smith',
    surname: '& Wesson',
    local: 'smith.wesson',
  }),
  user('u-slash', 'slash', {
    displayName: 'Ops/NOC On-Call',
    givenName: 'Ops',
    surname: 'NOC',
    local: 'ops.noc',
  }),
  user('u-plus-mail', 'plus addressing in mail, comma in the display name', {
    displayName: 'Müller, Hans',
    givenName: 'Hans',
    surname: 'Müller',
    local: 'hans.mueller',
    mail: 'hans.mueller+scim@contoso.com',
  }),
  user('u-quotes', 'double quotes and a semicolon', {
    displayName: 'Robert "Bobby" Tables; Jr',
    givenName: 'Robert',
    surname: 'Tables',
    local: 'bobby.tables',
  }),
  user('u-fullwidth', 'fullwidth Latin letters that look ASCII', {
    displayName: 'ＡＢＣ Ｔｅａｍ',
    givenName: 'ＡＢＣ',
    surname: 'Ｔｅａｍ',
    local: 'abc.team',
  }),
  user('u-combining', 'decomposed é (e + U+0301), not normalized first', {
    displayName: 'Rene\u0301 Dupont',
    givenName: 'Rene\u0301',
    surname: 'Dupont',
    local: 'rene.dupont',
  }),
  user('u-guest', 'B2B guest: #EXT# UPN with _ and #', {
    displayName: 'Alice (Contoso)',
    givenName: 'Alice',
    surname: 'Guest',
    local: 'alice_contoso.com#EXT#',
    upn: 'alice_contoso.com#EXT#@fabrikam.onmicrosoft.com',
    mail: 'alice@contoso.com',
  }),
  user('u-guest-long', 'B2B guest whose UPN is longer than 64', {
    displayName: 'Jonathan Richardson',
    givenName: 'Jonathan',
    surname: 'Richardson',
    local: 'jonathan.richardson_research.northwind#EXT#',
    upn: 'jonathan.richardson_research.northwind#EXT#@fabrikam.onmicrosoft.com',
    mail: 'jonathan.richardson@research.northwind.com',
  }),
  user('u-upn-64', 'UPN of exactly 64 characters (the userName limit)', {
    displayName: 'Long Upn Sixtyfour',
    givenName: 'Long',
    surname: 'Upn',
    local: exactLength('christopher.montgomery.wellington', 52, '.'),
  }),
  user('u-upn-65', 'UPN of 65 characters (one over the userName limit)', {
    displayName: 'Long Upn Sixtyfive',
    givenName: 'Long',
    surname: 'Upn',
    local: exactLength('christopher.montgomery.wellington', 53, '.'),
  }),
  user('u-upper-upn', 'mixed-case UPN (CloudSSO case sensitivity is unknown)', {
    displayName: 'John DOE',
    givenName: 'John',
    surname: 'DOE',
    local: 'John.DOE',
  }),
  user('u-display-64', 'display name of exactly 64 characters', {
    displayName: exactLength('Alexandra Konstantinopoulou', 64),
    givenName: 'Alexandra',
    surname: 'Konstantinopoulou',
    local: 'alexandra.k64',
  }),
  user('u-display-65', 'display name of 65 characters', {
    displayName: exactLength('Alexandra Konstantinopoulou', 65),
    givenName: 'Alexandra',
    surname: 'Konstantinopoulou',
    local: 'alexandra.k65',
  }),
  user('u-display-128', 'display name of exactly 128 characters, no spaces', {
    displayName: exactLength('Bartholomew', 128, '-'),
    givenName: 'Bartholomew',
    surname: 'Long',
    local: 'bartholomew.k128',
  }),
  user('u-display-129', 'display name of 129 characters, no spaces', {
    displayName: exactLength('Bartholomew', 129, '-'),
    givenName: 'Bartholomew',
    surname: 'Long',
    local: 'bartholomew.k129',
  }),
  user('u-display-256', "display name of 256 characters (Entra's own maximum)", {
    displayName: exactLength('Maximiliane von Hohenzollern-Sigmaringen', 256),
    givenName: 'Maximiliane',
    surname: 'von Hohenzollern-Sigmaringen',
    local: 'maximiliane.hohenzollern',
  }),
  user('u-names-64', 'given name and surname of 64 characters each (129 when joined)', {
    displayName: 'Max Wolfe',
    givenName: LONG_GIVEN_64,
    surname: LONG_SURNAME_64,
    local: 'max.wolfe',
  }),
  user('u-mail-128', 'mail address of exactly 128 characters', {
    displayName: 'Long Mail',
    givenName: 'Long',
    surname: 'Mail',
    local: 'long.mail128',
    mail: `${exactLength('department.of.longwinded.names', 116, '.')}@contoso.com`,
  }),
  user('u-mail-129', 'mail address of 129 characters', {
    displayName: 'Longer Mail',
    givenName: 'Longer',
    surname: 'Mail',
    local: 'long.mail129',
    mail: `${exactLength('department.of.longwinded.names', 117, '.')}@contoso.com`,
  }),
  user('u-no-display', 'displayName not set', {
    displayName: null,
    givenName: 'Nobody',
    surname: 'Named',
    local: 'nobody.named',
  }),
  user('u-empty-display', 'displayName is the empty string', {
    displayName: '',
    givenName: 'Empty',
    surname: 'Name',
    local: 'empty.name',
  }),
  user('u-space-display', 'displayName is a single space', {
    displayName: ' ',
    givenName: 'Blank',
    surname: 'Space',
    local: 'blank.space',
  }),
  user('u-service-account', 'service account: no given name, surname, mail or mailNickname', {
    displayName: 'Room 101 Printer',
    givenName: null,
    surname: null,
    local: 'printer101',
    mail: null,
    mailNickname: null,
  }),
  user('u-digits', 'digits only', {
    displayName: '007',
    givenName: '007',
    surname: null,
    local: '007',
  }),
];

export const GROUP_CORPUS: readonly CorpusRecord[] = [
  group('g-plain', 'plain ASCII word (baseline)', 'Engineering', 'engineering'),
  group('g-valid-punct', 'already valid: . _ -', 'Dev.Ops_Team-1', 'devops'),
  group('g-ampersand', 'ampersand and spaces', 'Sales & Marketing', 'salesmarketing'),
  group('g-slash', 'slash: collides with the ampersand group once sanitized', 'Sales/Marketing'),
  group('g-brackets', 'ampersand and brackets', 'R&D (Shanghai)', 'rd-shanghai'),
  group('g-chinese', 'Chinese only: sanitizing leaves nothing', '财务部', 'finance'),
  group('g-japanese', 'Japanese with a space', '営業部 東京'),
  group('g-accents', 'accents, Î and a hyphen', 'Équipe Île-de-France', 'equipe-idf'),
  group('g-umlaut-slash', 'umlauts and a slash', 'Über-Gruppe Ä/Ö'),
  group('g-cyrillic', 'Cyrillic', 'Группа поддержки'),
  group('g-emoji', 'emoji', 'Team 🚀 Rocket', 'rocket'),
  group('g-at', '@ is not allowed in group names', 'All Staff @ HQ', 'allstaff'),
  group('g-plus', 'plus sign', 'Ops+Infra'),
  group('g-comma', 'comma', 'Admins, Global'),
  group('g-hash', 'leading #', '#general'),
  group('g-padded', 'leading and trailing spaces', '  Padded Group  '),
  group('g-nbsp', 'no-break space U+00A0', 'Help\u00A0Desk'),
  group('g-apostrophe', 'typographic apostrophe', 'Partners’ Portal'),
  group('g-128', 'exactly 128 valid characters', exactLength('Platform_Engineering', 128, '-')),
  group(
    'g-129',
    'one character over 128, every character valid',
    exactLength('Platform_Engineering', 129, '-'),
  ),
  group(
    'g-140-spaces',
    '140 characters with spaces: 128 or fewer after spaces are removed',
    exactLength('Regional Sales Team', 140),
  ),
  group('g-no-display', 'displayName not set', null),
  group('g-empty', 'displayName is the empty string', ''),
];

export const CORPUS: readonly CorpusRecord[] = [...USER_CORPUS, ...GROUP_CORPUS];

export function corpusFor(object: 'user' | 'group'): readonly CorpusRecord[] {
  return object === 'user' ? USER_CORPUS : GROUP_CORPUS;
}
