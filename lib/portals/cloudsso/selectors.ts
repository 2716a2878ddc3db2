import { labelSet, type LabelSet } from './text';

/**
 * Every label, route, CSS selector and pattern the CloudSSO capture relies on, in one place.
 * Facts: docs/research/cloudsso.md#console-labels, docs/research/cloudsso.md#console-urls,
 * docs/research/cloudsso.md#scim-endpoint and docs/research/cloudsso.md#scim-credential. Status
 * tags (docs/research/README.md#confidence-marks): [C] confirmed in an Alibaba source, [S]
 * secondary, [?] inferred or unconfirmed. For
 * every [?] the code accepts both possibilities rather than betting on one.
 *
 * The console is built with Alibaba's Fusion design components ("next-*" class names). Structural
 * selectors prefer ARIA roles and fall back to those class names; labels are matched as text in
 * canonical form (see text.ts), never by position.
 */

/** Names of the elements the capture looks for; problems are reported by these names. */
export type ElementName =
  | 'settings-page'
  | 'user-settings-tab'
  | 'scim-section'
  | 'scim-endpoint'
  | 'sync-switch'
  | 'credential-dialog'
  | 'credential-secret'
  | 'source-column';

// ---------------------------------------------------------------------------------------------
// Labels (docs/research/cloudsso.md#console-labels). Each set lists every wording found, per language.
// ---------------------------------------------------------------------------------------------

export const LABELS = {
  /** Page heading of the Settings page (left navigation "Settings"). */
  settingsHeading: labelSet([
    'Settings', // EN [C]
    '设置', // ZH-CN [C]
    '設定', // ZH-TW and JA share this form [?]
  ]),

  /** The Settings page tab that holds the SCIM section. Older consoles have no tab at all. */
  userSettingsTab: labelSet([
    'User Settings', // EN, international site, current [C]
    'User Setting', // EN, China-site help (help.aliyun.com) [C]
    '用户设置', // ZH-CN, inferred from the zh-TW page [?]
    '使用者佈建', // ZH-TW rendering [C]
    '使用者設定', // ZH-TW, plausible alternative wording [?]
    'ユーザー設定', // JA [C]
  ]),

  /** Title of the SCIM section on the User Settings tab. */
  scimSection: labelSet([
    'SCIM-based User Synchronization Configuration', // EN intl, current [C]
    'SCIM User Synchronization Configuration', // EN China-site help [C]
    'SCIM user synchronization settings', // EN China-site help, step 1 wording [C]
    'User Synchronization Configuration', // EN, older docs [C]
    '用户同步配置', // ZH-CN, older console [C]
    'SCIM用户同步配置', // ZH-CN, current, converted from zh-TW [?]
    'SCIM使用者同步配置', // ZH-TW form of the same title [?]
    'SCIM使用者同步設定', // ZH-TW, alternative wording [?]
    'SCIM ベースのユーザー同期', // JA [C]
  ]),

  /** Title of the dialog that shows the new key, the only time it is ever shown. */
  credentialDialogTitle: labelSet([
    'SCIM Credential Generated', // EN, every version [C]
    'SCIM 密钥生成成功', // ZH-CN older console (spaces are ignored anyway) [C]
    'SCIM密钥生成成功', // ZH-CN current [?]
    'SCIM密鑰產生成功', // ZH-TW [C]
    'SCIM キーが生成されました', // JA [C]
  ]),

  /**
   * Labels of the key's own field inside the dialog, when the dialog labels it. The DOM of the
   * dialog is not documented (docs/research/cloudsso.md#open-questions): the key may sit in an input, a code element or
   * a bare text node, labelled or not, so extract.ts tries all of those.
   */
  credentialSecretField: labelSet([
    'SCIM Credential', // EN [?]
    'Credential Secret', // EN, the API's field name [?]
    'SCIM Key', // EN [?]
    'Secret', // EN [?]
    'SCIM 密钥', // ZH-CN [?]
    '密钥', // ZH-CN [?]
    'SCIM密鑰', // ZH-TW [?]
    '密鑰', // ZH-TW [?]
    'SCIM キー', // JA [?]
    'キー', // JA [?]
  ]),

  /** Label of the regular SCIM endpoint. */
  endpoint: labelSet([
    'SCIM Endpoint', // EN, both sites [C]
    'SCIM服务端地址', // ZH-CN, converted from zh-TW [?]
    'SCIM服務端地址', // ZH-TW [?]
    'SCIM 端点', // ZH-CN, alternative wording [?]
    'SCIM エンドポイント', // JA [C]
  ]),

  /**
   * Label of the accelerated endpoint (shown once "Enable Accelerated Endpoint" is on, China
   * directories only). EN and JA are confirmed; the Chinese wording is inferred. extract.ts also
   * accepts any endpoint label followed by a bracketed qualifier in ACCELERATED_QUALIFIER.
   */
  acceleratedEndpoint: labelSet([
    'SCIM Endpoint (Accelerated)', // EN [C]
    'SCIM エンドポイント (高速)', // JA [C]
    'SCIM服务端地址（加速）', // ZH-CN [?]
    'SCIM服務端地址（加速）', // ZH-TW [?]
    'SCIM服务端地址（加速地址）', // ZH-CN alternative [?]
  ]),

  /**
   * A credential's state in the Settings list (the API's Status is Enabled/Disabled
   * [docs/research/cloudsso.md#scim-credential]); the list's cell wording is inferred [?], so the
   * state is read only from a cell that is exactly one of these and is null otherwise.
   */
  credentialEnabled: labelSet([
    'Enabled', // EN [?]
    '已启用', // ZH-CN [?]
    '启用中', // ZH-CN alternative [?]
    '已啟用', // ZH-TW [?]
    '有効', // JA [?]
  ]),
  credentialDisabled: labelSet([
    'Disabled', // EN [?]
    '已禁用', // ZH-CN [?]
    '已停用', // ZH-CN/TW alternative [?]
    '無効', // JA [?]
  ]),

  /** Label beside the SCIM synchronization switch. */
  syncSwitch: labelSet([
    'SCIM synchronization switch', // EN both sites [C]
    'SCIM 同步开关', // ZH-CN older [C]
    'SCIM同步开关', // ZH-CN current [?]
    'SCIM同步開關', // ZH-TW [?]
  ]),

  /** Generic switch labels: trusted only inside the SCIM section (extract.ts readSwitch). */
  syncSwitchGeneric: labelSet([
    'スイッチ', // JA [C]
  ]),

  /** Older consoles label the switch with its state instead ("…Disabled" when off). */
  syncSwitchStateOff: labelSet([
    'SCIM Synchronization Disabled', // EN older [C]
    'SCIM同步已关闭', // ZH-CN [?]
    'SCIM同步已關閉', // ZH-TW [?]
  ]),
  syncSwitchStateOn: labelSet([
    'SCIM Synchronization Enabled', // EN older, counterpart of "Disabled" [?]
    'SCIM同步已开启', // ZH-CN [?]
    'SCIM同步已開啟', // ZH-TW [?]
  ]),

  /** Label of the directory id (Overview and, on some versions, Settings). */
  directoryId: labelSet([
    'Directory ID', // EN [C] (Overview page)
    '目录ID', // ZH-CN [?]
    '目錄ID', // ZH-TW [?]
    'ディレクトリID', // JA [?]
  ]),

  /** Page headings of the Users and Groups list pages (left navigation, docs/research/cloudsso.md#console-urls). */
  usersHeading: labelSet([
    'Users', // EN [C]
    'User', // EN navigation wording [C]
    '用户', // ZH-CN [C]
    '使用者', // ZH-TW [?]
    'ユーザー', // JA [?]
  ]),
  groupsHeading: labelSet([
    'Groups', // EN [C]
    'Group', // EN navigation wording [C]
    '用户组', // ZH-CN [C]
    '使用者群組', // ZH-TW [?]
    'グループ', // JA [?]
  ]),

  /** Column header "Source" on the Users and Groups lists. */
  sourceColumn: labelSet([
    'Source', // EN [C]
    '来源', // ZH-CN [?]
    '來源', // ZH-TW [?]
    'ソース', // JA [?]
    '作成元', // JA alternative [?]
  ]),

  /** The Source value of entries that came in through SCIM. */
  sourceScim: labelSet([
    'SCIM Synchronization', // EN [C]
    'SCIM synchronized', // EN alternative (ProvisionType "Synchronized") [?]
    'SCIM同步', // ZH-CN and ZH-TW [?]
    'SCIM 同期', // JA [?]
    'SCIM同期', // JA without the space (spaces are ignored anyway) [?]
  ]),
} as const satisfies Record<string, LabelSet>;

/**
 * Bracketed qualifier after an endpoint label that marks the accelerated endpoint, in any
 * language: "(Accelerated)", "（加速）", "(高速)". Used when the exact wording is unknown.
 */
export const ACCELERATED_QUALIFIER = /\((accelerated|acceleration|加速|加速地址|加速端点|高速)\)$/i;

// ---------------------------------------------------------------------------------------------
// Routes (docs/research/cloudsso.md#console-urls). Paths are matched by segment so a region prefix
// ("/cn-shanghai/users") does not matter [?].
// ---------------------------------------------------------------------------------------------

export const ROUTE_SEGMENTS = {
  /** "/setting" is confirmed on the international site; the China site is assumed the same [?]. */
  settings: ['setting', 'settings'],
  /** User list: route not documented; both singular and plural accepted [?]. */
  users: ['users', 'user'],
  /** Group list: route not documented [?]. */
  groups: ['groups', 'group'],
} as const;

// ---------------------------------------------------------------------------------------------
// Structural selectors (Fusion "next-*" components; ARIA first).
// ---------------------------------------------------------------------------------------------

export const SELECTORS = {
  /**
   * Elements whose own text can be a label or heading. Containers are excluded later by size;
   * listing tags keeps the scan away from scripts, styles and SVG internals.
   */
  labelCandidates:
    'label, span, div, p, dt, dd, th, td, li, a, button, strong, b, em, legend, h1, h2, h3, h4, h5, h6, [role="tab"], [role="heading"], [role="columnheader"]',
  /** Page headings, for page detection when the route is not conclusive. */
  pageHeading: 'h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]',
  /** A tab of a tab bar. */
  tab: '[role="tab"], .next-tabs-tab',
  /** A modal dialog: ARIA first, then Fusion's dialog and overlay wrappers. */
  dialog: '[role="dialog"], [role="alertdialog"], [aria-modal="true"], .next-dialog',
  /** The switch control: ARIA switch, Fusion switch, or a plain checkbox. */
  switchControl: '[role="switch"], .next-switch, input[type="checkbox"]',
  /** Inputs that may hold the key or an endpoint as their value (read-only fields). */
  valueInput: 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), textarea',
  /** Table header cells and body rows/cells of the Users and Groups lists. */
  tableHeaderCell: 'thead th, [role="columnheader"], .next-table-header th',
  /** Rows holding header cells are filtered out in code (no `:has`, which happy-dom lacks). */
  tableBodyRow: 'tbody tr, [role="row"]',
  tableCell: 'td, [role="cell"], [role="gridcell"]',
  /** A table as a whole. */
  table: 'table, [role="table"], [role="grid"], .next-table',
  /** Anything laid out as a table or a grid row: lists of users, groups or credentials. */
  tableLike: 'table, [role="table"], [role="grid"], [role="row"], [role="rowgroup"]',
  /** Header cells inside a row: such a row is a header row, not an entry. */
  headerCellInRow: 'th, [role="columnheader"]',
  /** A row of the Settings page's credential list (a table row or a list item). */
  credentialRow: 'tr, [role="row"], li',
  /** The box around a titled section (the SCIM section): Fusion card or a semantic container. */
  sectionBox: 'section, fieldset, .next-card, [role="region"], [role="group"]',
  /** A checkbox standing for a switch, or inside one. */
  checkbox: 'input[type="checkbox"]',
  /** Elements whose text is not page text. */
  notPageText: 'script, style, template',
} as const;

/** Class names meaning "on" / "off" on Fusion switches (v1 "on"/"off", v2 "checked"). */
export const SWITCH_ON_CLASSES = ['next-switch-on', 'next-switch-checked', 'is-checked'] as const;
export const SWITCH_OFF_CLASSES = ['next-switch-off'] as const;

/** Class names meaning a Fusion tab is the selected one. */
export const TAB_ACTIVE_CLASSES = ['active', 'next-tabs-tab-active', 'is-active'] as const;

// ---------------------------------------------------------------------------------------------
// Value patterns (docs/research/cloudsso.md#scim-endpoint, docs/research/cloudsso.md#scim-credential).
// ---------------------------------------------------------------------------------------------

export const PATTERNS = {
  /** Credential id: "scimcred-" plus lowercase alphanumerics [C]; exact length unknown [?]. */
  credentialId: /\bscimcred-[a-z0-9]{4,64}\b/,
  /** The credential id's prefix: a text starting so is an id, never a key. */
  credentialIdPrefix: /^scimcred-/,
  /** Directory id: "d-" plus lowercase alphanumerics (API examples "d-00fc2p61****") [C]. */
  directoryId: /\bd-[a-z0-9]{6,64}\b/,
  /**
   * The key: no prefix, mixed-case alphanumerics in the one documented example; its alphabet and
   * length are undocumented [?], so accept the URL-safe and base64 alphabets, 16 to 1024 chars.
   */
  secretLike: /^[A-Za-z0-9+/=_\-.~]{16,1024}$/,
  /** A URL written in the page. */
  url: /https?:\/\/[^\s"'<>]+/,

  /** "Label: value" in one text, the value one token (a key written after its field label). */
  labelledValue: /^(.{1,40}?)[:：]\s*(\S+)$/,
  /**
   * A date and time as the console prints it: "2024-05-01 10:20:30", "2024/5/1 10:20", or ISO
   * with a zone. Parsed by dates.ts.
   */
  dateTime:
    /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/g,
} as const;

/**
 * Sentence punctuation right after a URL, which belongs to the sentence (EN and CJK). Trimmed by
 * a scan from the end (common/trim-end.ts), not a `[…]+$` regex, which is quadratic on page text.
 */
export const URL_TRAILING_PUNCTUATION = new Set([...'.,;)]。，、）']);

/** Our own in-page notice host; every DOM scan skips it. */
export { NOTICE_HOST_TAG } from '../common/notice-tag';
