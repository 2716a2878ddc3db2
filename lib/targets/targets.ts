/**
 * CloudSSO's naming rules, as data, in one place (docs/research/cloudsso.md#naming-rules, docs/research/cloudsso.md#what-the-linter-checks).
 * The linter, the UI and the CLI read the rules from here; a later proof engine needs the
 * character classes as sets of code points, so they are ranges first and regexes second.
 */

/** Confidence of a rule, as in docs/research/README.md#confidence-marks. */
export type Confidence = 'confirmed' | 'secondary' | 'unconfirmed';

export interface RuleSource {
  /** Where the rule is written down in the project's research, a repo doc and its heading anchor, e.g. "docs/research/cloudsso.md#groups (...)". */
  ref: string;
  confidence: Confidence;
  note?: string;
}

/** A set of code points as inclusive ranges, sorted and non-overlapping. */
export interface CharClass {
  ranges: readonly (readonly [number, number])[];
  /** What an admin reads: "ASCII letters, digits and _ - ." */
  description: string;
}

export type TargetId =
  | 'user.userName'
  | 'user.displayName'
  | 'user.name.givenName'
  | 'user.name.familyName'
  | 'user.emails'
  | 'group.displayName';

export interface TargetRule {
  /** Allowed characters of the value; null where CloudSSO documents no character rule. */
  charset: CharClass | null;
  minLength: number;
  maxLength: number;
  /**
   * Lengths are counted in UTF-16 code units (what `Len`/`Left` count, and never fewer than code
   * points). CloudSSO says "characters" without defining them [?]; for the ASCII-only targets the
   * unit makes no difference.
   */
  lengthUnit: 'utf16';
  /**
   * What a null result means. Entra skips null attributes; for a required field the object then
   * fails to provision, for an optional one the field is simply not set.
   */
  nullResult: 'object-fails' | 'not-sent';
  /** What an empty string means: rejected, worth a warning (unconfirmed), or acceptable. */
  emptyResult: 'rejected' | 'warn' | 'allowed';
  /** Must be unique within the CloudSSO directory. */
  unique: boolean;
}

export interface LocalizedText {
  en: string;
  'zh-CN': string;
}

export interface Target {
  id: TargetId;
  object: 'user' | 'group';
  /** The SCIM attribute Entra maps to (the target attribute in the Entra mapping table). */
  scimAttribute: string;
  /** The CloudSSO field the SCIM attribute lands in (docs/research/cloudsso.md#scim-and-the-console-api, natural mapping, unconfirmed). */
  cloudssoField: string;
  name: LocalizedText;
  /** The rule in one sentence, for the UI. */
  summary: LocalizedText;
  rule: TargetRule;
  sources: readonly RuleSource[];
  /** Entra source attribute(s) usually mapped here (docs/research/cloudsso.md#the-keep-only-table-reconstructed). */
  recommendedSources: readonly string[];
}

const cp = (ch: string): number => ch.codePointAt(0)!;
const range = (from: string, to: string): readonly [number, number] => [cp(from), cp(to)];
const single = (ch: string): readonly [number, number] => [cp(ch), cp(ch)];

/** ASCII letters, digits and `@ _ - .` (docs/research/cloudsso.md#users). */
export const USER_NAME_CHARSET: CharClass = {
  ranges: [
    single('-'),
    single('.'),
    range('0', '9'),
    single('@'),
    range('A', 'Z'),
    single('_'),
    range('a', 'z'),
  ],
  description: 'ASCII letters, digits and @ _ - .',
};

/** ASCII letters, digits and `_ - .`: no `@`, no space (docs/research/cloudsso.md#groups). */
export const GROUP_NAME_CHARSET: CharClass = {
  ranges: [
    single('-'),
    single('.'),
    range('0', '9'),
    range('A', 'Z'),
    single('_'),
    range('a', 'z'),
  ],
  description: 'ASCII letters, digits and _ - .',
};

export const TARGETS: readonly Target[] = [
  {
    id: 'user.userName',
    object: 'user',
    scimAttribute: 'userName',
    cloudssoField: 'UserName',
    name: { en: 'User name (userName)', 'zh-CN': '用户名 (userName)' },
    summary: {
      en: 'Required; 1 to 64 ASCII letters, digits and @ _ - .; unique; cannot be renamed later.',
      'zh-CN': '必填；1 到 64 个英文字母、数字及 @ _ - .；目录内唯一；创建后不可修改。',
    },
    rule: {
      charset: USER_NAME_CHARSET,
      minLength: 1,
      maxLength: 64,
      lengthUnit: 'utf16',
      nullResult: 'object-fails',
      emptyResult: 'rejected',
      unique: true,
    },
    sources: [
      { ref: 'docs/research/cloudsso.md#users (CreateUser UserName)', confidence: 'confirmed' },
      {
        ref: 'docs/research/cloudsso.md#users ("letters" = 英文字母, ASCII only)',
        confidence: 'confirmed',
      },
      {
        ref: 'docs/research/cloudsso.md#users (minimum length 1, Terraform ^[\\w-.@]{1,64}$)',
        confidence: 'secondary',
      },
      {
        ref: 'docs/research/cloudsso.md#scim-and-the-console-api (SCIM enforces the console rules)',
        confidence: 'unconfirmed',
        note: 'Working assumption: no Alibaba page states a different rule for SCIM.',
      },
    ],
    recommendedSources: ['userPrincipalName'],
  },
  {
    id: 'user.displayName',
    object: 'user',
    scimAttribute: 'displayName',
    cloudssoField: 'DisplayName',
    name: { en: 'User display name (displayName)', 'zh-CN': '用户显示名称 (displayName)' },
    summary: {
      en: 'Optional; at most 256 characters; no documented character rule.',
      'zh-CN': '选填；最多 256 个字符；未见字符集限制的文档。',
    },
    rule: {
      charset: null,
      minLength: 0,
      maxLength: 256,
      lengthUnit: 'utf16',
      nullResult: 'not-sent',
      emptyResult: 'allowed',
      unique: false,
    },
    sources: [
      { ref: 'docs/research/cloudsso.md#users (DisplayName, max 256)', confidence: 'confirmed' },
      {
        ref: 'docs/research/cloudsso.md#users (DisplayName charset)',
        confidence: 'unconfirmed',
        note: 'No character-set restriction is stated anywhere.',
      },
    ],
    recommendedSources: ['displayName'],
  },
  {
    id: 'user.name.givenName',
    object: 'user',
    scimAttribute: 'name.givenName',
    cloudssoField: 'FirstName',
    name: { en: 'First name (name.givenName)', 'zh-CN': '名 (name.givenName)' },
    summary: {
      en: 'Optional; at most 64 characters.',
      'zh-CN': '选填；最多 64 个字符。',
    },
    rule: {
      charset: null,
      minLength: 0,
      maxLength: 64,
      lengthUnit: 'utf16',
      nullResult: 'not-sent',
      emptyResult: 'allowed',
      unique: false,
    },
    sources: [
      { ref: 'docs/research/cloudsso.md#users (FirstName, max 64)', confidence: 'confirmed' },
    ],
    recommendedSources: ['givenName'],
  },
  {
    id: 'user.name.familyName',
    object: 'user',
    scimAttribute: 'name.familyName',
    cloudssoField: 'LastName',
    name: { en: 'Last name (name.familyName)', 'zh-CN': '姓 (name.familyName)' },
    summary: {
      en: 'Optional; at most 64 characters.',
      'zh-CN': '选填；最多 64 个字符。',
    },
    rule: {
      charset: null,
      minLength: 0,
      maxLength: 64,
      lengthUnit: 'utf16',
      nullResult: 'not-sent',
      emptyResult: 'allowed',
      unique: false,
    },
    sources: [
      { ref: 'docs/research/cloudsso.md#users (LastName, max 64)', confidence: 'confirmed' },
    ],
    recommendedSources: ['surname'],
  },
  {
    id: 'user.emails',
    object: 'user',
    scimAttribute: 'emails[type eq "work"].value',
    cloudssoField: 'Email',
    name: { en: 'Email (emails)', 'zh-CN': '邮箱 (emails)' },
    summary: {
      en: 'Optional; at most 128 characters; unique in the directory.',
      'zh-CN': '选填；最多 128 个字符；目录内唯一。',
    },
    rule: {
      charset: null,
      minLength: 0,
      maxLength: 128,
      lengthUnit: 'utf16',
      nullResult: 'not-sent',
      // An empty string is not an address; whether CloudSSO rejects it is not documented [?].
      emptyResult: 'warn',
      unique: true,
    },
    sources: [
      { ref: 'docs/research/cloudsso.md#users (Email, max 128, unique)', confidence: 'confirmed' },
      {
        ref: 'docs/research/cloudsso.md#scim-and-the-console-api (a duplicate mail fails to provision)',
        confidence: 'secondary',
      },
    ],
    recommendedSources: ['mail'],
  },
  {
    id: 'group.displayName',
    object: 'group',
    scimAttribute: 'displayName',
    cloudssoField: 'GroupName',
    name: { en: 'Group name (displayName)', 'zh-CN': '用户组名称 (displayName)' },
    summary: {
      en: 'Required; 1 to 128 ASCII letters, digits and _ - . (no @, no space); unique.',
      'zh-CN': '必填；1 到 128 个英文字母、数字及 _ - .（不含 @ 和空格）；目录内唯一。',
    },
    rule: {
      charset: GROUP_NAME_CHARSET,
      minLength: 1,
      maxLength: 128,
      lengthUnit: 'utf16',
      nullResult: 'object-fails',
      emptyResult: 'rejected',
      unique: true,
    },
    sources: [
      { ref: 'docs/research/cloudsso.md#groups (CreateGroup GroupName)', confidence: 'confirmed' },
      {
        ref: 'docs/research/cloudsso.md#groups (ROS AllowedPattern ^[a-zA-Z0-9._-]{1,128}$)',
        confidence: 'confirmed',
      },
      {
        ref: 'docs/research/cloudsso.md#scim-and-the-console-api (SCIM group displayName becomes GroupName)',
        confidence: 'unconfirmed',
        note: 'Natural mapping; Alibaba does not tabulate it.',
      },
    ],
    recommendedSources: ['displayName'],
  },
];

export const TARGET_IDS: readonly TargetId[] = TARGETS.map((t) => t.id);

export function isTargetId(id: string): id is TargetId {
  return (TARGET_IDS as readonly string[]).includes(id);
}

export function getTarget(id: TargetId): Target {
  return TARGETS.find((t) => t.id === id)!;
}

export function charClassHas(cls: CharClass, codePoint: number): boolean {
  return cls.ranges.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);
}

/** The class as a regex character-class body (for display and for quick checks). */
export function charClassToRegexSource(cls: CharClass): string {
  const esc = (n: number): string => {
    const ch = String.fromCodePoint(n);
    return /[\\\]^-]/.test(ch) ? `\\${ch}` : ch;
  };
  return cls.ranges.map(([lo, hi]) => (lo === hi ? esc(lo) : `${esc(lo)}-${esc(hi)}`)).join('');
}

/** The rule as the anchored regex the specs quote, e.g. `^[A-Za-z0-9@._-]{1,64}$`. */
export function targetPattern(target: Target): string {
  const { charset, minLength, maxLength } = target.rule;
  const body = charset ? `[${charClassToRegexSource(charset)}]` : '[\\s\\S]';
  return `^${body}{${minLength},${maxLength}}$`;
}

// ---------------------------------------------------------------------------------------------
// Entra's own bounds on the source attributes: what an input can look like at most. The proof
// engine (a later issue) combines these with an expression to bound its output. Values not found
// in a primary source are marked; `maxLength: null` means unknown.
// ---------------------------------------------------------------------------------------------

export interface InputBound {
  object: 'user' | 'group';
  /** Entra source attribute name as written in expressions. */
  attribute: string;
  maxLength: number | null;
  /** Allowed characters where Entra restricts them; null = any Unicode text. */
  charset: CharClass | null;
  confidence: Confidence;
  source: string;
  note?: string;
}

/** UPN characters per Entra's username policy: A–Z a–z 0–9 ' . - _ ! # ^ ~ and the one @. */
export const UPN_CHARSET: CharClass = {
  ranges: [
    single('!'),
    single('#'),
    single("'"),
    single('-'),
    single('.'),
    range('0', '9'),
    single('@'),
    range('A', 'Z'),
    single('^'),
    single('_'),
    range('a', 'z'),
    single('~'),
  ],
  description: "ASCII letters, digits and ' . - _ ! # ^ ~ @",
};

const HEX_GUID_CHARSET: CharClass = {
  ranges: [single('-'), range('0', '9'), range('a', 'f')],
  description: 'lower-case hexadecimal digits and -',
};

export const ENTRA_INPUT_BOUNDS: readonly InputBound[] = [
  {
    object: 'user',
    attribute: 'displayName',
    maxLength: 256,
    charset: null,
    confidence: 'secondary',
    source: 'Microsoft Graph user resource ("maximum length is 256"), restated by connector docs',
    note: 'Sources in docs/research/entra-expressions.md#input-bounds.',
  },
  {
    object: 'user',
    attribute: 'givenName',
    maxLength: 64,
    charset: null,
    confidence: 'secondary',
    source: 'Microsoft Graph user resource ("maximum length is 64")',
    note: 'Sources in docs/research/entra-expressions.md#input-bounds.',
  },
  {
    object: 'user',
    attribute: 'surname',
    maxLength: 64,
    charset: null,
    confidence: 'secondary',
    source: 'Microsoft Graph user resource ("maximum length is 64")',
    note: 'Sources in docs/research/entra-expressions.md#input-bounds.',
  },
  {
    object: 'user',
    attribute: 'userPrincipalName',
    maxLength: 113,
    charset: UPN_CHARSET,
    confidence: 'confirmed',
    source:
      'Microsoft Learn, "Password policies and account restrictions in Microsoft Entra ID", username policies',
    note: 'At most 64 characters before the @ and 48 after it. B2B guests get local parts like alice_contoso.com#EXT#.',
  },
  {
    object: 'user',
    attribute: 'mail',
    maxLength: null,
    charset: null,
    confidence: 'unconfirmed',
    source: 'not found; RFC 5321 limits a path to 256 octets (254 for the address itself)',
  },
  {
    object: 'user',
    attribute: 'mailNickname',
    maxLength: 64,
    charset: null,
    confidence: 'unconfirmed',
    source: 'Microsoft Graph user resource (docs/research/entra-expressions.md#input-bounds)',
  },
  {
    object: 'user',
    attribute: 'objectId',
    maxLength: 36,
    charset: HEX_GUID_CHARSET,
    confidence: 'secondary',
    source: 'objectId is a GUID: 36 characters in its usual hyphenated, lower-case form',
  },
  {
    object: 'group',
    attribute: 'displayName',
    maxLength: 256,
    charset: null,
    confidence: 'unconfirmed',
    source: 'Microsoft Graph group resource (docs/research/entra-expressions.md#input-bounds)',
  },
  {
    object: 'group',
    attribute: 'mailNickname',
    maxLength: 64,
    charset: null,
    confidence: 'unconfirmed',
    source: 'Microsoft Graph group resource (docs/research/entra-expressions.md#input-bounds)',
  },
  {
    object: 'group',
    attribute: 'objectId',
    maxLength: 36,
    charset: HEX_GUID_CHARSET,
    confidence: 'secondary',
    source: 'objectId is a GUID: 36 characters in its usual hyphenated, lower-case form',
  },
];
