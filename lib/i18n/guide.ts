import { defineMessages } from './index';

/** The guide's UI text. English names of buttons are part of the automation contract (docs/automation-contract.md). */
export const guideText = defineMessages({
  heading: { en: 'Setup guide', 'zh-CN': '配置向导' },
  stepsLabel: { en: 'Setup steps', 'zh-CN': '配置步骤' },
  directory: { en: 'CloudSSO directory: {name}', 'zh-CN': 'CloudSSO 目录：{name}' },
  noDirectory: {
    en: 'No CloudSSO directory captured yet.',
    'zh-CN': '尚未获取 CloudSSO 目录。',
  },
  app: { en: 'Entra app: {name}', 'zh-CN': 'Entra 应用：{name}' },
  noApp: { en: 'Entra app not recognized yet.', 'zh-CN': '尚未识别 Entra 应用。' },
  unnamedApp: { en: '(name not read yet)', 'zh-CN': '（尚未读取名称）' },

  step1: { en: 'Create the SCIM credential', 'zh-CN': '创建 SCIM 密钥' },
  step2: { en: 'Enable SCIM synchronization', 'zh-CN': '开启 SCIM 同步' },
  step3: { en: 'Create the enterprise application', 'zh-CN': '创建企业应用程序' },
  step4: { en: 'Assign users and groups', 'zh-CN': '分配用户和组' },
  step5: { en: 'Configure provisioning', 'zh-CN': '配置预配' },
  step6: { en: 'Verify the synchronization', 'zh-CN': '验证同步结果' },
  whereCloudsso: { en: 'CloudSSO console', 'zh-CN': 'CloudSSO 控制台' },
  whereEntra: {
    en: 'Azure portal or Entra admin center',
    'zh-CN': 'Azure 门户或 Entra 管理中心',
  },
  whereBoth: { en: 'Entra and CloudSSO', 'zh-CN': 'Entra 和 CloudSSO' },

  stateNotStarted: { en: 'Not started', 'zh-CN': '未开始' },
  stateCurrent: { en: 'Current step', 'zh-CN': '当前步骤' },
  stateDetected: { en: 'Done (detected)', 'zh-CN': '已完成（已检测到）' },
  stateTicked: { en: 'Done (ticked)', 'zh-CN': '已完成（手动勾选）' },
  stateProblem: { en: 'Problem', 'zh-CN': '有问题' },
  markDone: { en: 'Mark done', 'zh-CN': '标记为完成' },
  markDoneName: { en: 'Mark done: step {n}', 'zh-CN': '标记为完成：步骤 {n}' },
  showInstructions: { en: 'Show instructions', 'zh-CN': '显示说明' },
  hideInstructions: { en: 'Hide instructions', 'zh-CN': '隐藏说明' },
  instructionsName: { en: '(step {n})', 'zh-CN': '（步骤 {n}）' },
  unconfirmed: {
    en: 'Step {n} ({title}) was not recognized on this page: {what}. Follow the instructions below; the values have copy buttons.',
    'zh-CN':
      '未能在此页面上识别步骤 {n}（{title}）：{what}。请按照下面的说明操作；各个值都有复制按钮。',
  },
  unconfirmedWhat: {
    en: 'the address points there, but the page shows none of its titles, menus or fields',
    'zh-CN': '地址指向该步骤，但页面上没有它的标题、菜单或字段',
  },
  formHidden: {
    en: 'The Tenant URL and Secret token fields are hidden: expand Admin Credentials.',
    'zh-CN': '租户 URL 和机密令牌字段已隐藏：请展开“管理员凭据”。',
  },

  // Instructions
  s1a: {
    en: 'In the CloudSSO console open Settings, then the User Settings tab, SCIM section.',
    'zh-CN': '在 CloudSSO 控制台打开“设置”，然后是“用户设置”标签页的 SCIM 部分。',
  },
  s1b: {
    en: 'Click Generate New SCIM Credential. The key is shown only once: keep the dialog open until the extension says it kept the key.',
    'zh-CN': '单击“生成新的 SCIM 密钥”。密钥只显示一次：在扩展提示已保存密钥之前不要关闭对话框。',
  },
  s2a: {
    en: 'On the same page, turn on the SCIM synchronization switch.',
    'zh-CN': '在同一页面上打开“SCIM 同步开关”。',
  },
  s2b: {
    en: 'The SCIM endpoint is captured from the page; it becomes the Tenant URL in Entra.',
    'zh-CN': 'SCIM 服务端地址会从页面获取，它就是 Entra 中的租户 URL。',
  },
  s3a: {
    en: 'Enterprise applications → New application → Create your own application.',
    'zh-CN': '企业应用程序 → 新建应用程序 → 创建你自己的应用程序。',
  },
  s3b: {
    en: 'Enter a name, choose “Integrate any other application you don’t find in the gallery (Non-gallery)”, then Create.',
    'zh-CN': '输入名称，选择“集成未在库中找到的任何其他应用程序(非库)”，然后单击“创建”。',
  },
  s4a: {
    en: 'In the app: Users and groups → Add user/group → select → Assign.',
    'zh-CN': '在应用中：用户和组 → 添加用户/组 → 选择 → 分配。',
  },
  s4b: {
    en: 'Assigning groups needs Microsoft Entra ID P1 or P2.',
    'zh-CN': '分配组需要 Microsoft Entra ID P1 或 P2。',
  },
  s4c: {
    en: 'Nested groups are not flattened: members of a group inside an assigned group are not provisioned.',
    'zh-CN': '嵌套组不会展开：已分配组中的子组成员不会被预配。',
  },
  s5a: {
    en: 'In the app: Provisioning → Get started → Connect your application (or New configuration, Create configuration).',
    'zh-CN': '在应用中：预配 → 开始 → 连接应用程序（或“新建配置”“创建配置”）。',
  },
  s5b: {
    en: 'Under Admin credentials keep Bearer authentication, fill Tenant URL and Secret token (button above), then Test connection, then Create (it stays disabled until the test passes). In the classic experience: Provisioning Mode Automatic, expand Admin Credentials, then Save.',
    'zh-CN':
      '在“管理员凭据”下保留“持有者身份验证”，填写租户 URL 和机密令牌（上方按钮），然后测试连接，再单击“创建”（测试通过前该按钮不可用）。经典体验中：预配模式选“自动”，展开“管理员凭据”，然后保存。',
  },
  s5c: {
    en: 'Then check Attribute mapping and Scoping filters as listed below (Save on each page you change).',
    'zh-CN': '然后按下列内容检查“属性映射”和“范围筛选器”（在更改的每个页面上保存）。',
  },
  s6a: {
    en: 'On the provisioning Overview click Start provisioning, then Refresh until the first cycle has run (“Current cycle status”; then about every 40 minutes).',
    'zh-CN':
      '在预配“概述”中单击“开始预配”，然后刷新，直到首个周期完成（“当前周期状态”；之后大约每 40 分钟一次）。',
  },
  s6b: {
    en: 'In CloudSSO, open the Users and Groups pages: synchronized entries show the Source “SCIM Synchronization”.',
    'zh-CN': '在 CloudSSO 中打开“用户”和“用户组”页面：同步的条目来源显示为“SCIM 同步”。',
  },

  // Values and links
  tenantUrl: { en: 'Tenant URL (SCIM endpoint)', 'zh-CN': '租户 URL（SCIM 服务端地址）' },
  accelerated: {
    en: 'Accelerated endpoint (alternative)',
    'zh-CN': '加速地址（备选）',
  },
  secretToken: { en: 'Secret token', 'zh-CN': '机密令牌' },
  secretKept: {
    en: 'kept in memory (masked)',
    'zh-CN': '保存在内存中（已隐藏）',
  },
  secretNone: {
    en: 'not captured — create a SCIM credential (step 1)',
    'zh-CN': '未获取 — 请创建 SCIM 密钥（步骤 1）',
  },
  endpointNone: {
    en: 'not captured — open CloudSSO settings (step 2)',
    'zh-CN': '未获取 — 请打开 CloudSSO 设置（步骤 2）',
  },
  region: { en: 'Region', 'zh-CN': '地域' },
  credential: { en: 'Credential', 'zh-CN': '密钥' },
  credentialLine: {
    en: '{id}, expires {date}',
    'zh-CN': '{id}，{date} 过期',
  },
  syncState: { en: 'SCIM synchronization', 'zh-CN': 'SCIM 同步' },
  on: { en: 'on', 'zh-CN': '开' },
  off: { en: 'off', 'zh-CN': '关' },
  appName: { en: 'Suggested app name', 'zh-CN': '建议的应用名称' },
  objectId: { en: 'Object ID', 'zh-CN': '对象 ID' },
  applicationId: { en: 'Application ID', 'zh-CN': '应用程序 ID' },
  counts: {
    en: 'SCIM-synchronized in CloudSSO: {users} users, {groups} groups',
    'zh-CN': 'CloudSSO 中通过 SCIM 同步的：{users} 个用户，{groups} 个用户组',
  },
  countsNone: {
    en: 'Not counted yet: open the CloudSSO Users and Groups pages.',
    'zh-CN': '尚未统计：请打开 CloudSSO 的“用户”和“用户组”页面。',
  },
  linksHeading: { en: 'Open', 'zh-CN': '打开' },
  linkSettings: { en: 'CloudSSO settings ({site})', 'zh-CN': 'CloudSSO 设置（{site}）' },
  linkApps: { en: 'Enterprise applications', 'zh-CN': '企业应用程序' },
  linkNewApp: { en: 'New application', 'zh-CN': '新建应用程序' },
  linkUsers: { en: 'The app’s Users and groups', 'zh-CN': '应用的“用户和组”' },
  linkProvisioning: { en: 'The app’s Provisioning', 'zh-CN': '应用的“预配”' },
  linkOverview: { en: 'Provisioning overview', 'zh-CN': '预配概述' },
  linkLogs: { en: 'Provisioning logs', 'zh-CN': '预配日志' },
  linkCloudUsers: { en: 'CloudSSO users ({site})', 'zh-CN': 'CloudSSO 用户（{site}）' },
  linkCloudGroups: { en: 'CloudSSO groups ({site})', 'zh-CN': 'CloudSSO 用户组（{site}）' },
  linksNeedApp: {
    en: 'Links to the app’s pages appear once the app is recognized.',
    'zh-CN': '识别应用后会显示指向应用页面的链接。',
  },
  newTab: { en: '(opens in a new tab)', 'zh-CN': '（在新标签页中打开）' },

  // Copy
  copyName: { en: 'Copy {what}', 'zh-CN': '复制{what}' },
  copyTenantUrlName: { en: 'Copy Tenant URL', 'zh-CN': '复制租户 URL' },
  copySecretName: { en: 'Copy the Secret token value', 'zh-CN': '复制机密令牌的值' },
  copied: { en: 'Copied {what}.', 'zh-CN': '已复制{what}。' },
  copyFailed: { en: 'Could not copy: {reason}', 'zh-CN': '无法复制：{reason}' },
  checkInLinter: { en: 'Check in the linter', 'zh-CN': '在检查器中检查' },
  checkInLinterName: { en: 'Check in the linter: {what}', 'zh-CN': '在检查器中检查：{what}' },
  sentToLinter: {
    en: 'Sent to the expression linter.',
    'zh-CN': '已发送到表达式检查器。',
  },

  // The values to copy by hand beside the key (same rules as the fill)
  endpointUnverified: {
    en: 'The SCIM key must not go with this Tenant URL: Entra would send the key to it on every sync. {why} Check it on the CloudSSO Settings page before you paste it.',
    'zh-CN':
      'SCIM 密钥不应与此租户 URL 一起使用：Entra 每次同步都会把密钥发送到该地址。{why} 粘贴之前请在 CloudSSO 设置页面核对。',
  },
  secretOtherDirectory: {
    en: 'The kept SCIM key belongs to another CloudSSO directory, not to this endpoint’s. Generate a key in this directory, or open the key’s directory in the console.',
    'zh-CN':
      '保存的 SCIM 密钥属于另一个 CloudSSO 目录，而不是此服务端地址所属的目录。请在此目录中生成密钥，或在控制台中打开该密钥所属的目录。',
  },

  // Test connection
  testOk: { en: 'Test connection succeeded.', 'zh-CN': '测试连接成功。' },
  testFailed: { en: 'Test connection failed: “{text}”', 'zh-CN': '测试连接失败：“{text}”' },
  // When Entra's message quoted the key, the message is not kept.
  testFailedNoText: { en: 'Test connection failed.', 'zh-CN': '测试连接失败。' },
  likelyCauses: {
    en: 'Likely causes, in CloudSSO terms:',
    'zh-CN': '可能的原因（CloudSSO 方面）：',
  },
  'c_not-a-url': {
    en: 'The Tenant URL is empty or not a web address. Use the SCIM endpoint CloudSSO shows (and the key only in Secret token).',
    'zh-CN':
      '租户 URL 为空或不是网址。请使用 CloudSSO 显示的 SCIM 服务端地址（密钥只填入机密令牌）。',
  },
  'c_not-cloudsso-host': {
    en: 'The Tenant URL points to {found}, which is not a CloudSSO SCIM host (cloudsso-scim-<region>.aliyun.com).',
    'zh-CN':
      '租户 URL 指向 {found}，这不是 CloudSSO SCIM 主机（cloudsso-scim-<地域>.aliyun.com）。',
  },
  'c_wrong-path': {
    en: 'Wrong path: the Tenant URL must end in {expected}, as the SCIM endpoint CloudSSO shows.',
    'zh-CN': '路径错误：租户 URL 必须以 {expected} 结尾，与 CloudSSO 显示的 SCIM 服务端地址一致。',
  },
  'c_trailing-slash': {
    en: 'Trailing slash: use the endpoint exactly as CloudSSO shows it (path “{expected}”, found “{found}”).',
    'zh-CN': '末尾斜杠：请完全按照 CloudSSO 显示的地址填写（路径“{expected}”，实际为“{found}”）。',
  },
  'c_wrong-region': {
    en: 'Wrong region: the Tenant URL is for {found}, but the CloudSSO directory is in {expected}.',
    'zh-CN': '地域错误：租户 URL 属于 {found}，而 CloudSSO 目录位于 {expected}。',
  },
  'c_key-expired': {
    en: 'The SCIM credential expired on {expiredAt}. Create a new one in CloudSSO (step 1) and fill again.',
    'zh-CN': 'SCIM 密钥已于 {expiredAt} 过期。请在 CloudSSO 中创建新密钥（步骤 1）并重新填写。',
  },
  'c_key-disabled-or-deleted': {
    en: 'CloudSSO refused the key: the SCIM credential may be disabled or deleted, or the Secret token is not the key CloudSSO showed. Check it in CloudSSO settings or create a new one.',
    'zh-CN':
      'CloudSSO 拒绝了密钥：SCIM 密钥可能已被禁用或删除，或者机密令牌不是 CloudSSO 显示的密钥。请在 CloudSSO 设置中检查或创建新密钥。',
  },
  'c_sync-off': {
    en: 'The SCIM synchronization switch is off in CloudSSO. Turn it on (step 2).',
    'zh-CN': 'CloudSSO 中的 SCIM 同步开关已关闭。请打开它（步骤 2）。',
  },
  c_unknown: {
    en: 'No specific cause found. Compare the Tenant URL with the SCIM endpoint and check the key in CloudSSO.',
    'zh-CN': '未找到具体原因。请将租户 URL 与 SCIM 服务端地址对比，并在 CloudSSO 中检查密钥。',
  },
  'p_credential-expired': {
    en: 'The SCIM credential {id} expired on {date}.',
    'zh-CN': 'SCIM 密钥 {id} 已于 {date} 过期。',
  },
  'p_sync-off': {
    en: 'The SCIM synchronization switch is off.',
    'zh-CN': 'SCIM 同步开关已关闭。',
  },
  'p_endpoint-issue': {
    en: 'The captured SCIM endpoint does not look like CloudSSO’s ({issue}).',
    'zh-CN': '获取的 SCIM 服务端地址看起来不像 CloudSSO 的地址（{issue}）。',
  },

  // Step 5
  mappingsHeading: {
    en: 'Mappings to keep (recommended; confirm on your tenant)',
    'zh-CN': '需要保留的映射（建议；请在租户中确认）',
  },
  usersTable: {
    en: 'Provision Microsoft Entra ID Users',
    'zh-CN': '预配 Microsoft Entra ID 用户',
  },
  groupsTable: {
    en: 'Provision Microsoft Entra ID Groups',
    'zh-CN': '预配 Microsoft Entra ID 组',
  },
  colTarget: { en: 'CloudSSO attribute', 'zh-CN': 'CloudSSO 属性' },
  colSource: { en: 'Entra source', 'zh-CN': 'Entra 来源' },
  changedRow: { en: 'change this one', 'zh-CN': '需要修改' },
  mappingCheckPointer: {
    en: 'Open Attribute mapping in Entra: the Mapping check in this panel reads the page and checks every mapping as you edit it.',
    'zh-CN':
      '在 Entra 中打开“属性映射”：本面板的“映射检查”会读取该页面，并在你编辑时检查每个映射。',
  },
  mappingCheckLink: { en: 'Go to the Mapping check', 'zh-CN': '转到映射检查' },
  deleteOthers: {
    en: 'Delete every other mapping in both tables.',
    'zh-CN': '删除两个表中的其他所有映射。',
  },
  externalIdNote: {
    en: 'Edit the externalId mapping: Source attribute objectId (Entra’s default is mailNickname).',
    'zh-CN': '编辑 externalId 映射：源属性改为 objectId（Entra 默认为 mailNickname）。',
  },
  expressionsHeading: {
    en: 'Expressions where names break CloudSSO rules',
    'zh-CN': '名称不符合 CloudSSO 规则时使用的表达式',
  },
  expressionsNote: {
    en: 'Mapping type Expression. Group names allow only A–Z, a–z, 0–9 and . _ - (128 at most); user names add @ (64 at most). Other characters are removed; a name with nothing left (only Chinese characters, say) becomes group-<objectId>. Two names can still clean to the same text; the never-shared form avoids that.',
    'zh-CN':
      '映射类型选“表达式”。组名只允许 A–Z、a–z、0–9 和 . _ -（最多 128 个字符）；用户名另外允许 @（最多 64 个字符）。其他字符会被删除；删除后为空的名称（例如只有中文字符）会变成 group-<objectId>。两个名称仍可能清理成相同的文本；“保证不重复”的形式可以避免这种情况。',
  },
  'x_group-displayName': { en: 'Group displayName', 'zh-CN': '组 displayName' },
  'x_user-userName': { en: 'User userName', 'zh-CN': '用户 userName' },
  'x_user-displayName': { en: 'User displayName', 'zh-CN': '用户 displayName' },
  uniqueVariant: {
    en: '{what}, never shared (adds the first 8 characters of objectId)',
    'zh-CN': '{what}，保证不重复（附加 objectId 的前 8 个字符）',
  },
  settingsHeading: { en: 'Settings and status', 'zh-CN': '设置和状态' },
  scopeLabel: { en: 'Scope', 'zh-CN': '范围' },
  // Settings of step 5 in Entra's own option wording, in the admin's language.
  scopeValue: {
    en: 'Sync only assigned users and groups',
    'zh-CN': '仅同步分配的用户和组',
  },
  statusValue: { en: 'On', 'zh-CN': '开' },
  statusLabel: { en: 'Provisioning Status', 'zh-CN': '预配状态' },
  checklistHeading: { en: 'Done in Entra', 'zh-CN': '已在 Entra 中完成' },
  k_externalIdFromObjectId: {
    en: 'externalId comes from objectId',
    'zh-CN': 'externalId 来自 objectId',
  },
  k_userMappingsPruned: {
    en: 'Other user mappings deleted',
    'zh-CN': '已删除其他用户映射',
  },
  k_groupMappingsPruned: {
    en: 'Other group mappings deleted',
    'zh-CN': '已删除其他组映射',
  },
  k_displayNameExpression: {
    en: 'displayName expression set where names break the rules',
    'zh-CN': '已为不符合规则的名称设置 displayName 表达式',
  },
  k_scopeAssignedOnly: {
    en: 'Scope: Sync only assigned users and groups',
    'zh-CN': '范围：仅同步分配的用户和组',
  },
  k_provisioningOn: {
    en: 'Provisioning started (Start provisioning; classic: Provisioning Status On, saved)',
    'zh-CN': '已启动预配（“开始预配”；经典体验：预配状态设为“开”并保存）',
  },

  // Report and reset
  exportReport: { en: 'Export report (Markdown)', 'zh-CN': '导出报告（Markdown）' },
  reportSaved: { en: 'Report exported (no key in it).', 'zh-CN': '报告已导出（不含密钥）。' },
  previewReport: { en: 'Preview report', 'zh-CN': '预览报告' },
  reset: { en: 'Reset progress', 'zh-CN': '重置进度' },
  resetConfirm: {
    en: 'Reset the progress of this directory and its Entra apps? Captured values stay.',
    'zh-CN': '要重置此目录及其 Entra 应用的进度吗？已获取的值会保留。',
  },
  resetYes: { en: 'Yes, reset progress', 'zh-CN': '确认重置进度' },
  resetDone: { en: 'Progress reset.', 'zh-CN': '进度已重置。' },
  saveFailed: { en: 'Not saved: {reason}', 'zh-CN': '未保存：{reason}' },

  // Settings
  fillWhenFormAppears: {
    en: 'Fill Tenant URL and Secret token as soon as the form appears',
    'zh-CN': '表单出现时立即填写租户 URL 和机密令牌',
  },
  fillWhenFormAppearsOn: {
    en: 'Fill as soon as the form appears: on.',
    'zh-CN': '表单出现时立即填写：已开启。',
  },
  fillWhenFormAppearsOff: {
    en: 'Fill as soon as the form appears: off.',
    'zh-CN': '表单出现时立即填写：已关闭。',
  },
  fillWhenFormAppearsHint: {
    en: 'Off by default. The key goes only to the recognized Entra form.',
    'zh-CN': '默认关闭。密钥只会填入已识别的 Entra 表单。',
  },

  // Report (Markdown)
  md_title: { en: 'CloudSSO SCIM provisioning report', 'zh-CN': 'CloudSSO SCIM 预配报告' },
  md_generated: { en: 'Generated: {when}', 'zh-CN': '生成时间：{when}' },
  md_noKey: {
    en: 'This report never contains the SCIM key.',
    'zh-CN': '本报告不包含 SCIM 密钥。',
  },
  md_cloudsso: { en: 'CloudSSO', 'zh-CN': 'CloudSSO' },
  md_site: { en: 'Site', 'zh-CN': '站点' },
  md_directoryId: { en: 'Directory ID', 'zh-CN': '目录 ID' },
  md_endpoint: { en: 'SCIM endpoint', 'zh-CN': 'SCIM 服务端地址' },
  md_accelerated: { en: 'Accelerated endpoint', 'zh-CN': '加速地址' },
  md_credential: { en: 'SCIM credential', 'zh-CN': 'SCIM 密钥' },
  md_created: { en: 'created {date}', 'zh-CN': '创建于 {date}' },
  md_expires: { en: 'expires {date}', 'zh-CN': '{date} 过期' },
  md_entra: { en: 'Microsoft Entra ID', 'zh-CN': 'Microsoft Entra ID' },
  md_appName: { en: 'Enterprise application', 'zh-CN': '企业应用程序' },
  md_portal: { en: 'Console', 'zh-CN': '控制台' },
  md_assignments: { en: 'Assignments seen', 'zh-CN': '看到的分配数' },
  md_lastTest: { en: 'Last Test connection', 'zh-CN': '最近一次测试连接' },
  md_steps: { en: 'Steps', 'zh-CN': '步骤' },
  md_step: { en: 'Step', 'zh-CN': '步骤' },
  md_state: { en: 'State', 'zh-CN': '状态' },
  md_when: { en: 'When', 'zh-CN': '时间' },
  md_mappings: { en: 'Mapping choices', 'zh-CN': '映射选择' },
  md_yes: { en: 'yes', 'zh-CN': '是' },
  md_notConfirmed: { en: 'not confirmed', 'zh-CN': '未确认' },
  md_verify: { en: 'Verification', 'zh-CN': '验证' },
  md_none: { en: '—', 'zh-CN': '—' },

  // The current step card
  currentHeading: { en: 'Current step', 'zh-CN': '当前步骤' },
  stepOf: { en: 'Step {n} of 6', 'zh-CN': '第 {n} 步，共 6 步' },
  lead1: {
    en: 'Create a SCIM credential in CloudSSO settings. Its SCIM key is shown only once; the extension keeps it in memory as the dialog shows it.',
    'zh-CN':
      '在 CloudSSO 设置中创建 SCIM 凭证。其 SCIM 密钥只显示一次；对话框显示时，扩展会将它保存在内存中。',
  },
  lead2: {
    en: 'On the same settings page, turn on SCIM synchronization. The SCIM endpoint is read from the page.',
    'zh-CN': '在同一设置页面上打开“SCIM 同步开关”。扩展会从页面读取 SCIM 服务端地址。',
  },
  lead3: {
    en: 'In Entra, create an enterprise application of your own (Non-gallery) for CloudSSO.',
    'zh-CN': '在 Entra 中为 CloudSSO 创建你自己的企业应用程序（非库应用）。',
  },
  lead4: {
    en: 'In the app, assign the users and groups that should reach CloudSSO.',
    'zh-CN': '在应用中分配需要同步到 CloudSSO 的用户和组。',
  },
  lead5: {
    en: 'In the app’s Provisioning, open the connection form (Connect your application), fill Tenant URL and Secret token, then press Test connection.',
    'zh-CN':
      '在应用的“预配”中打开连接表单（连接应用程序），填写租户 URL 和机密令牌，然后单击“测试连接”。',
  },
  lead6: {
    en: 'Start provisioning in Entra, then check that users and groups arrive in CloudSSO.',
    'zh-CN': '在 Entra 中开始预配，然后检查用户和组是否已同步到 CloudSSO。',
  },
  actionSettings: { en: 'Open CloudSSO settings', 'zh-CN': '打开 CloudSSO 设置' },
  otherSite: { en: 'Or the {site}', 'zh-CN': '或{site}' },
  actionNewApp: { en: 'Create the app in Entra', 'zh-CN': '在 Entra 中创建应用' },
  actionUsers: { en: 'Open the app’s Users and groups', 'zh-CN': '打开应用的“用户和组”' },
  actionApps: { en: 'Open Enterprise applications', 'zh-CN': '打开“企业应用程序”' },
  actionProvisioning: { en: 'Open the app’s Provisioning', 'zh-CN': '打开应用的“预配”' },
  actionOverview: { en: 'Open the provisioning overview', 'zh-CN': '打开预配概述' },
  actionCloudUsers: { en: 'Open CloudSSO users', 'zh-CN': '打开 CloudSSO 用户' },
  fillWhy_noForm: {
    en: 'Turns on when an Entra tab shows the Tenant URL and Secret token form: open the app’s Provisioning, then Connect your application.',
    'zh-CN':
      '当某个 Entra 标签页显示租户 URL 和机密令牌表单时可用：打开应用的“预配”，然后单击“连接应用程序”。',
  },
  fillWhy_hidden: {
    en: 'The form’s fields are hidden: expand Admin Credentials in Entra.',
    'zh-CN': '表单字段已隐藏：请在 Entra 中展开“管理员凭据”。',
  },
  fillWhy_noKey: {
    en: 'No SCIM key is kept: create a SCIM credential in CloudSSO (step 1).',
    'zh-CN': '没有保存的 SCIM 密钥：请在 CloudSSO 中创建 SCIM 凭证（步骤 1）。',
  },
  fillWhy_noEndpoint: {
    en: 'No SCIM endpoint captured yet: open CloudSSO settings (step 2).',
    'zh-CN': '尚未获取 SCIM 服务端地址：请打开 CloudSSO 设置（步骤 2）。',
  },
  fillReady: {
    en: 'The form is open in Entra: this fills it there.',
    'zh-CN': '表单已在 Entra 中打开：单击即可填写。',
  },
  formElsewhere: {
    en: 'An Entra tab shows the Tenant URL and Secret token form (step 5):',
    'zh-CN': '有 Entra 标签页显示租户 URL 和机密令牌表单（步骤 5）：',
  },
  keyLeft: {
    en: 'The SCIM key is kept for {time} more.',
    'zh-CN': 'SCIM 密钥还会保存 {time}。',
  },
  keepLonger: { en: 'Keep it {minutes} min from now', 'zh-CN': '从现在起再保存 {minutes} 分钟' },
  keptLonger: {
    en: 'The SCIM key is now kept for {minutes} minutes.',
    'zh-CN': 'SCIM 密钥现在会保存 {minutes} 分钟。',
  },
  sameThing: {
    en: 'The SCIM key CloudSSO creates is what Entra calls the Secret token.',
    'zh-CN': 'CloudSSO 创建的 SCIM 密钥就是 Entra 中的“机密令牌”。',
  },
  testOkNext: {
    en: 'Test connection succeeded. Next: Create, then Start provisioning.',
    'zh-CN': '测试连接成功。下一步：创建，然后开始预配。',
  },
  markDoneDetected: { en: 'Done: detected on the page', 'zh-CN': '已完成：已在页面上检测到' },
  moreForStep: { en: 'Instructions and values', 'zh-CN': '说明和值' },
  shownAbove: { en: 'Shown in the card above.', 'zh-CN': '见上方卡片。' },
  consolePagesHeading: { en: 'Console pages', 'zh-CN': '控制台页面' },
  noConsolePage: {
    en: 'No CloudSSO or Entra page is open yet.',
    'zh-CN': '尚未打开 CloudSSO 或 Entra 页面。',
  },
  portalCloudsso: { en: 'CloudSSO console', 'zh-CN': 'CloudSSO 控制台' },
  portalAzure: { en: 'Azure portal or Entra admin center', 'zh-CN': 'Azure 门户或 Entra 管理中心' },
  withFormFrame: { en: '(with its form frame)', 'zh-CN': '（含表单框架）' },
});

export type GuideKey = Parameters<typeof guideText>[0];
