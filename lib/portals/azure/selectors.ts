/**
 * Every CSS selector and every piece of portal wording the Azure portal / Entra admin center
 * content script relies on, in one place. Facts and their confidence come from
 * docs/research/entra-portal.md (#frames-and-origins for DOM hooks, #credentials-form for labels,
 * #new-provisioning-experience for the wording seen live, #other-steps); class names are the
 * portal's internal ones and can change, so each lookup that needs one also has a text or ARIA
 * fallback. When the portal changes, this file (and its tests) is where the fix goes.
 *
 * Label lists hold the portal's wording per language. They are compared after `normalizeLabel`
 * (case, spaces, a trailing required-field `*` or colon are ignored), so list each wording once.
 * Chinese wording marked "inferred" was not seen on the portal: it is a translation in the style
 * of Microsoft's localized docs, kept so a Chinese portal is recognized if it uses it.
 */

// ---------------------------------------------------------------- top document (portal shell)

/**
 * A selector list, joined at run time: the minifier copies a selector written as one literal
 * into every place that uses it, and the long ones below are used in several (the content
 * scripts' size budget, docs/performance.md).
 */
const anyOf = (...selectors: string[]): string => selectors.join(', ');

/** Blades are <section> elements; the newest is the last one (docs/research/entra-portal.md#top-document-dom-hooks, [3P]). */
export const BLADE = 'section.fxs-blade, section[data-blade], section.fxs-journey-blade';
/** A blade's title, e.g. "CloudSSO | Provisioning" ([3P], class name internal). */
export const BLADE_TITLE = '.fxs-blade-title-titleText, [data-blade-title]';
/** Left-menu items of a menu blade; the selected one carries aria-selected or aria-current. */
export const MENU_ITEM =
  '.fxc-menu-listView-item, [role="menuitem"], [role="treeitem"], [role="tab"]';
/** Selected state of a left-menu item ([UNCONF] which attribute the shell sets; accept both). */
export const MENU_ITEM_SELECTED = '[aria-selected="true"], [aria-current="page"], .fxs-selected';
/** Context panes (flyouts) such as "Create your own application" and "Add Assignment". */
export const CONTEXT_PANE = '.fxs-contextpane, [role="dialog"], aside[aria-label]';
/**
 * Areas that never hold a provisioning form: the top bar with the global search box, the
 * portal's notifications. A page-wide search for "the first text input" would hit the search box
 * first (docs/research/entra-portal.md#top-document-dom-hooks), so field lookups skip these subtrees entirely.
 */
export const NOT_FORM_AREAS = anyOf(
  'header',
  '[role="banner"]',
  '[role="search"]',
  '.fxs-topbar',
  '.fxs-search',
  '.fxs-sidebar',
  'nav[aria-label]',
);
/** Headings of visible content; context-pane titles count as headings (step 3's flyout). */
export const HEADING = `h1, h2, h3, h4, [role="heading"], ${CONTEXT_PANE} [data-pane-title]`;
/** Assignment rows on Users and groups (Fx grid rows or Fluent list rows). */
export const ASSIGNMENT_ROW =
  '[data-assignment-row], .azc-grid-row[data-row], [role="row"][data-assignment], .ms-DetailsRow';

// ------------------------------------------------------------------------ fields and buttons

/** Text-like inputs a credentials form can use; Tenant URL is the first non-password one ([3P]). */
export const TEXT_INPUT = anyOf(
  'input:not([type])',
  'input[type="text"]',
  'input[type="url"]',
  'input[type="password"]',
  'input[type="search"]',
  'input[type="email"]',
);
/** Elements whose text names a field besides <label>: Fluent `.ms-Label`, classic Fx labels. */
export const LABEL_LIKE = 'label, .ms-Label, .azc-form-label, [data-label], .fxc-label';
/** The smallest container of one field and its label (Fluent TextField, classic Fx element). */
export const FIELD_CONTAINER =
  '.ms-TextField, .azc-formElementContainer, .azc-form-element, [data-field], .fxc-field, [role="group"]';
/** Explicit labels; matched to an input by comparing `for` with its id (ids need no escaping). */
export const LABEL_FOR = 'label[for]';
/** A label wrapping its input. */
export const WRAPPING_LABEL = 'label';
/**
 * Controls nested in or beside a label, whose own text is not part of the label's: the info
 * button after "Tenant URL", a dropdown's shown option.
 */
export const NESTED_CONTROL = anyOf(
  'input',
  'select',
  'textarea',
  'button',
  '[role="button"]',
  '[role="combobox"]',
  '[role="listbox"]',
);
/**
 * Controls that hold a value of their own: a container holding two of them holds two fields, so
 * text above it labels neither. Buttons are not fields (the info icon beside a label, the eye
 * that shows a password); the Fluent Dropdown is a `role="combobox"` div.
 * docs/research/entra-portal.md#password-manager-label-collection
 */
export const FIELD_CONTROL = anyOf(
  'input:not([type="hidden"]):not([type="button"]):not([type="submit"]):not([type="reset"]):not([type="image"])',
  'select',
  'textarea',
  '[role="combobox"]',
  '[role="textbox"]',
  '[role="listbox"]',
  '[role="spinbutton"]',
  '[contenteditable="true"]',
  '[contenteditable=""]',
);
/** Table cells: a label written in the cell left of a field's cell. */
export const TABLE_CELL = anyOf(
  'td',
  'th',
  '[role="cell"]',
  '[role="gridcell"]',
  '[role="rowheader"]',
);
/** The row holding those cells. */
export const TABLE_ROW = 'tr, [role="row"]';
/** The form, dialog or blade a field sits in: Tenant URL and Secret token must share one. */
export const FIELD_SCOPE = `form, [role="dialog"], [role="form"], ${BLADE}, main, [role="main"]`;
/** Buttons, including Fluent command-bar buttons and links styled as buttons. */
export const BUTTON =
  'button, [role="button"], input[type="button"], input[type="submit"], a[role="link"]';
/** Where inline and toast messages appear (Test connection outcome). */
export const MESSAGE_AREA =
  '[role="alert"], [role="status"], .ms-MessageBar, [data-automation-id="error-message"], .fxs-toast, .fxs-notification, .azc-validation-message';
/** Collapsible sections ("Admin Credentials" is collapsed until expanded, docs/research/entra-portal.md#classic-flow). */
export const SECTION_HEADER = '[aria-expanded], summary, .fxc-section-header';

// ------------------------------------------------------------------------ labels and wording

/** "Tenant URL": EN/zh-CN/ja/de from localized docs (docs/research/entra-portal.md#localized-labels; portal strings [UNCONF]). */
export const TENANT_URL_LABELS = [
  'Tenant URL',
  '租户 URL',
  '租户网址', // [UNCONF] older zh-CN wording seen in some tutorials
  '租用戶 URL', // zh-TW [UNCONF]
  'テナントの URL',
  'テナント URL',
  'Mandanten-URL',
] as const;

/** "Secret Token" (also "Secret token" in newer UI; case is ignored). */
export const SECRET_TOKEN_LABELS = [
  'Secret Token',
  '机密令牌',
  '秘密令牌', // [UNCONF] variant seen in machine-translated docs
  '祕密權杖', // zh-TW [UNCONF]
  'シークレット トークン',
  'Geheimes Token',
] as const;

/**
 * Entry buttons that lead to the credentials form; the wording changed across rollouts
 * (docs/research/entra-portal.md#entry-buttons). Non-English forms are [UNCONF]: taken from
 * localized tutorials, not the live portal.
 */
export const ENTRY_BUTTON_LABELS = {
  getStarted: ['Get started', '开始', '入门', '開始する', 'Erste Schritte'],
  newConfiguration: ['New configuration', '新建配置', '新配置', '新しい構成', 'Neue Konfiguration'],
  createConfiguration: [
    'Create configuration',
    '创建配置',
    '構成の作成',
    'Konfiguration erstellen',
  ],
  connectYourApplication: [
    'Connect your application',
    '连接应用程序',
    '连接你的应用程序',
    'アプリケーションを接続する',
    'Anwendung verbinden',
  ],
} as const;

/** Buttons that run the connectivity check. */
export const TEST_CONNECTION_LABELS = [
  'Test Connection',
  'Test connectivity', // the Alibaba guide's wording
  '测试连接',
  'テスト接続',
  'Verbindung testen',
] as const;

/**
 * Heading of the credentials section: collapsible "Admin Credentials" in the classic experience,
 * a plain "Admin credentials" heading in the new one (case is ignored).
 * docs/research/entra-portal.md#new-provisioning-experience
 */
export const ADMIN_CREDENTIALS_LABELS = [
  'Admin Credentials',
  '管理员凭据',
  '管理者資格情報',
  'Administratoranmeldeinformationen',
] as const;

/** Page names after "<app> | " in blade titles and in the app's left menu. */
export const PAGE_NAMES = {
  overview: ['Overview', '概述', '概要', 'Übersicht'],
  usersAndGroups: ['Users and groups', '用户和组', 'ユーザーとグループ', 'Benutzer und Gruppen'],
  provisioning: ['Provisioning', '预配', 'プロビジョニング', 'Bereitstellung'],
  connectivity: ['Connectivity', '连接', '接続', 'Konnektivität'],
  attributeMapping: [
    'Attribute mapping',
    'Attribute mapping (Preview)',
    'Mappings',
    '属性映射',
    '映射',
    '属性マッピング',
    'Attributzuordnung',
    'Zuordnungen',
  ],
  provisioningLogs: [
    'Provisioning logs',
    '预配日志',
    'プロビジョニング ログ',
    'Bereitstellungsprotokolle',
  ],
  enterpriseApps: [
    'Enterprise applications',
    'All applications',
    '企业应用程序',
    '所有应用程序',
    'エンタープライズ アプリケーション',
    'すべてのアプリケーション',
    'Unternehmensanwendungen',
    'Alle Anwendungen',
  ],
  gallery: [
    'Browse Microsoft Entra Gallery',
    'Browse Azure AD Gallery',
    'New application',
    '浏览 Microsoft Entra 库',
    '新建应用程序',
    'Microsoft Entra ギャラリーの参照',
    'Microsoft Entra-Katalog durchsuchen',
  ],
} as const;

/** Flyout header of step 3 ("Create your own application"). */
export const CREATE_APP_LABELS = [
  'Create your own application',
  '创建你自己的应用程序',
  '创建自己的应用程序',
  '独自のアプリケーションの作成',
  'Eigene Anwendung erstellen',
] as const;

/** Success text after Test connection ([MS], docs/research/entra-portal.md#test-connection-result); localized forms [UNCONF]. */
export const TEST_SUCCESS_TEXTS = [
  'The supplied credentials are authorized to enable provisioning',
  '提供的凭据已获授权，可以启用预配',
  '指定された資格情報には、プロビジョニングを有効にする権限があります',
  'Die angegebenen Anmeldeinformationen sind zum Aktivieren der Bereitstellung autorisiert',
] as const;

/** Phrases that mark a failed Test connection (matched as substrings, case ignored). */
export const TEST_FAILURE_TEXTS = [
  'invalid credentials',
  'unable to connect',
  'could not connect',
  'error code',
  'HTTP/4',
  'HTTP/5',
  'Unauthorized',
  'Not Found',
  '无效的凭据',
  '凭据无效',
  '无法连接',
  '無効な資格情報',
  'ungültige Anmeldeinformationen',
] as const;

/** Overview text present once a provisioning job exists and has run (step 6 starts). */
export const CYCLE_STATUS_LABELS = [
  'Current cycle status',
  'Initial cycle completed',
  'Incremental cycle completed',
  '当前周期状态',
  '現在のサイクルの状態',
  'Aktueller Zyklusstatus',
] as const;

/** The user-mappings entry of step 5's Mappings section: its presence marks the settings page. */
export const STEP5_USER_MAPPINGS_LABELS = [
  'Provision Microsoft Entra ID Users',
  'Provision Azure Active Directory Users',
  '预配 Microsoft Entra ID 用户',
] as const;

// ------------------------------------------------------ the new provisioning experience (live)
// Wording seen on the live portal by a third party in 2026 (English only):
// docs/research/entra-portal.md#new-provisioning-experience. Other languages are inferred.

/** Title of the blade that holds the new credentials form (its subtitle: "Microsoft Entra ID"). */
export const NEW_CONFIGURATION_TITLE_LABELS = [
  'New provisioning configuration',
  '新建预配配置', // inferred
  '新しいプロビジョニング構成', // inferred
  'Neue Bereitstellungskonfiguration', // inferred
] as const;

/** Heading of the Provisioning blade's Get started tab (its card button: Connect your application). */
export const GET_STARTED_HEADING_LABELS = [
  'Get started with application provisioning',
  '应用程序预配入门', // inferred
  'アプリケーション プロビジョニングの概要', // inferred
  'Erste Schritte mit der Anwendungsbereitstellung', // inferred
] as const;

/**
 * Command-bar buttons that exist only once a provisioning configuration was created (after
 * Create): the Overview of an existing job, whatever else the bar offers ("New configuration" is
 * there too, so it is not an entry button on that page). "Stop provisioning" is the older wording.
 */
export const PROVISIONING_JOB_COMMANDS = [
  'Start provisioning',
  'Pause provisioning',
  'Restart provisioning',
  'Stop provisioning',
  '开始预配', // inferred
  '暂停预配', // inferred
  '重启预配', // inferred
  '停止预配', // inferred
  'プロビジョニングの開始', // inferred
  'Bereitstellung starten', // inferred
] as const;

/**
 * Left-menu items only the provisioning blade of the new experience has: a menu holding one of
 * them is that blade's, so its "Overview" is the provisioning overview, not the app's.
 */
export const PROVISIONING_MENU_ITEMS = [
  'Connectivity',
  'Provision on demand',
  'Scoping filters',
  'Expression builder',
  'Discover identities',
  '按需预配', // inferred ("连接" for Connectivity is left out: it is also the plain verb "connect")
  '范围筛选器', // inferred
  '表达式生成器', // inferred
  '发现标识', // inferred
  'Bereitstellung bei Bedarf', // inferred
] as const;

// ------------------------------------------------------------- the attribute-mapping pages
// docs/research/entra-portal.md#attribute-mapping-page: the new experience's table (English seen
// live by a third party), the classic Mappings list and Edit attribute pane (Microsoft Learn
// screenshots and text). Chinese wording is inferred from Microsoft's localized docs.

/** A mapping table: an HTML table or a Fluent DetailsList grid. */
export const MAPPING_TABLE = 'table, [role="grid"], [role="table"], .ms-DetailsList';
/** Its rows, header row included. */
export const MAPPING_ROW = 'tr, [role="row"]';
/** A row's cells, header cells included (the header row is told apart by its wording). */
export const MAPPING_CELL =
  'td, th, [role="gridcell"], [role="cell"], [role="columnheader"], [role="rowheader"]';
/** Tabs of the new experience's mapping page (Users, Groups). */
export const MAPPING_TAB = '[role="tab"]';
/** Where a truncated cell keeps its whole text: a title or an accessible name. */
export const FULL_TEXT_ATTRIBUTES = ['title', 'aria-label', 'data-full-text'] as const;
/** The Edit attribute pane: a dialog or context pane whose heading names it. */
export const EDIT_PANE = `${CONTEXT_PANE}, .ms-Panel, [role="complementary"], [data-edit-attribute]`;

/** Column headers; the target column's header ends with the app's name in brackets. */
export const MAPPING_COLUMN_LABELS = {
  source: [
    'Source Attribute',
    'Microsoft Entra ID Attribute',
    'Azure Active Directory Attribute',
    '源属性',
    'Microsoft Entra ID 属性',
  ],
  target: ['Target Attribute', 'customappsso Attribute', '目标属性', 'customappsso 属性'],
  mappingType: ['Mapping Type', '映射类型'],
  matching: ['Matching Precedence', 'Matching precedence', '匹配优先级'],
  /** The classic list's "Default value" column, when shown. */
  defaultValue: ['Default value', 'Default value if null', '默认值'],
} as const;

/** Mapping type values as shown in the Mapping Type column and the pane's dropdown. */
export const MAPPING_TYPE_LABELS = {
  direct: ['Direct', '直接'],
  constant: ['Constant', '常量'],
  expression: ['Expression', '表达式'],
} as const;

/** The Users / Groups tab or page title: which object a table maps. */
export const MAPPING_OBJECT_LABELS = {
  user: [
    'Users',
    'Provision Microsoft Entra ID Users',
    'Provision Azure Active Directory Users',
    '用户',
    '预配 Microsoft Entra ID 用户',
  ],
  group: [
    'Groups',
    'Provision Microsoft Entra ID Groups',
    'Provision Azure Active Directory Groups',
    '组',
    '预配 Microsoft Entra ID 组',
  ],
} as const;

/** Heading of the edit pane (classic "Edit Attribute"; the new experience's side panel). */
export const EDIT_PANE_TITLES = [
  'Edit Attribute',
  'Edit attribute mapping',
  'Add attribute mapping',
  'Add New Attribute',
  '编辑属性',
  '编辑属性映射',
  '添加属性映射',
];

/** The pane's field labels. */
export const EDIT_PANE_LABELS = {
  mappingType: ['Mapping type', '映射类型'],
  sourceAttribute: ['Source attribute', '源属性'],
  expression: ['Expression', '表达式'],
  constantValue: ['Constant Value', '常量值'],
  defaultValue: [
    'Default value if null (optional)',
    'Default value if null',
    '默认值(如果为 null)(可选)',
    '默认值',
  ],
  targetAttribute: ['Target attribute', '目标属性'],
  matching: ['Match objects using this attribute', '使用此属性匹配对象'],
  precedence: ['Matching precedence', '匹配优先级'],
} as const;

/** "Yes" of the Match objects dropdown. */
export const YES_LABELS = ['Yes', '是'];

// ---------------------------------------------------------------- provisioning status (#14)
// The Overview's "Current cycle status" line, the quarantine banner and Provision on demand's
// result (docs/research/entra-portal.md#overview, #provision-on-demand, #quarantine). English
// wording is Microsoft Learn's; the Chinese is inferred. Where the value sits is unconfirmed, so
// both the label with its value in one run and the value in the next run are read.
// Read in the on-demand module (cycle/), except ON_DEMAND_TITLES: the trigger (page-readers.ts).

/** The label of the cycle status line (its value follows, after a colon or in the next run). */
export const CYCLE_LINE_LABELS = ['Current cycle status', '当前周期状态'] as const;
/**
 * Status values, matched as phrases inside the value. Quarantine is checked first, then failure,
 * then progress; "completed" is never a bare "complete" or 完成, which "incomplete" and 未完成
 * ("not completed") contain.
 */
export const CYCLE_VALUE_PHRASES = {
  quarantine: ['quarantine', '隔离'],
  failed: ['failed', 'failure', '失败'],
  inProgress: ['in progress', 'running', '进行中', '正在进行'],
  completed: ['completed', '已完成'],
} as const;
/** The banner Entra shows over the Overview while the job is in quarantine (wording unconfirmed). */
export const QUARANTINE_BANNER_PHRASES = [
  'in quarantine',
  'quarantined',
  '处于隔离',
  '已隔离',
] as const;
/** Provision on demand's page title, and the last step whose outcome is the result. */
export const ON_DEMAND_TITLES = ['Provision on demand', '按需预配' /* inferred */] as const;
export const ON_DEMAND_ACTION_STEP = ['Perform action', '执行操作'] as const;
export const OUTCOME_SUCCESS = ['Success', 'Succeeded', '成功'] as const;
export const OUTCOME_FAILURE = ['Failure', 'Failed', '失败'] as const;

// ---------------------------------------------------------------- provisioning log details (#14)
// The details pane that opens over Provisioning logs when an entry is selected
// (docs/research/entra-portal.md#provisioning-log-details): Steps, Troubleshooting and
// recommendations, Modified properties, Summary. Labels are Microsoft Learn's; the Chinese are
// inferred; the pane's markup is unconfirmed. Read by label, whichever tab shows them, in the
// on-demand module (logs/); the pane itself also starts the readers (EDIT_PANE, page-readers.ts).

/** The pane: the portal's context pane, a Fluent Panel or a dialog. */
export const LOG_DETAILS_PANE = anyOf(CONTEXT_PANE, '.ms-Panel', '[role="complementary"]');
export const LOG_DETAIL_LABELS = {
  status: ['Status', '状态'],
  errorCode: ['Error code', '错误代码'],
  reason: ['Reason', '原因'],
  recommendedAction: ['Recommended action', '建议的操作'],
  sourceIdentity: ['Source identity', '源标识'],
  targetIdentity: ['Target identity', '目标标识'],
  name: ['Name', 'Display name', '名称', '显示名称'],
  id: ['ID', 'Object ID', '对象 ID'],
  identityType: ['Identity type', '标识类型'],
} as const;
/** Section headings inside the pane (HEADING would also match the pane's own title). */
export const LOG_SECTION_HEADING = 'h1, h2, h3, h4, h5, [role="heading"]';
/** The Modified properties table's columns. */
export const LOG_PROPERTY_COLUMNS = {
  name: ['Property name', 'Target attribute', '属性名称'],
  oldValue: ['Old value', '旧值'],
  newValue: ['New value', '新值'],
} as const;
export const IDENTITY_TYPE_WORDS = { user: ['User', '用户'], group: ['Group', '组'] } as const;
