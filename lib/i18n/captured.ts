import { defineMessages } from './index';

/** Text of the "Captured values" region. Names in the automation contract (docs/automation-contract.md) stay as they are. */
export const capturedText = defineMessages({
  heading: { en: 'Captured values', 'zh-CN': '已获取的值' },
  nothingYet: {
    en: 'Nothing captured yet. Open the CloudSSO console: Settings, User Settings tab, SCIM section. Generate a SCIM key there and it is captured as the dialog shows it.',
    'zh-CN':
      '尚未获取任何值。请打开 CloudSSO 控制台：设置 › 用户设置 › SCIM 区域。在那里生成 SCIM 密钥，对话框显示时即会被获取。',
  },
  directory: { en: 'Directory', 'zh-CN': '目录' },
  endpoint: { en: 'SCIM endpoint', 'zh-CN': 'SCIM 服务端地址' },
  accelerated: { en: 'Accelerated endpoint (alternative)', 'zh-CN': '加速地址（备选）' },
  noEndpoint: { en: 'Not captured yet', 'zh-CN': '尚未获取' },
  region: { en: 'Region', 'zh-CN': '地域' },
  sync: { en: 'SCIM synchronization', 'zh-CN': 'SCIM 同步' },
  syncOn: { en: 'On', 'zh-CN': '已开启' },
  syncOff: {
    en: 'Off: turn it on in the CloudSSO console',
    'zh-CN': '已关闭：请在 CloudSSO 控制台中开启',
  },
  key: { en: 'SCIM key', 'zh-CN': 'SCIM 密钥' },
  keyIsToken: {
    en: 'In Entra it is the Secret token.',
    'zh-CN': '在 Entra 中即“机密令牌”。',
  },
  keyMasked: { en: 'Hidden', 'zh-CN': '已隐藏' },
  noKey: {
    en: 'No key kept. Generate a new SCIM key in the console (it is shown only once).',
    'zh-CN': '未保存密钥。请在控制台生成新的 SCIM 密钥（只显示一次）。',
  },
  keyOfOther: {
    en: 'The kept key belongs to another directory.',
    'zh-CN': '保存的密钥属于另一个目录。',
  },
  timeLeft: { en: 'Forgotten in {time}', 'zh-CN': '{time} 后忘记' },
  noKeyShort: { en: 'No key kept', 'zh-CN': '未保存密钥' },
  credentialOf: { en: 'credential {id}', 'zh-CN': '凭证 {id}' },
  copyEndpoint: { en: 'Copy SCIM endpoint', 'zh-CN': '复制 SCIM 服务端地址' },
  copyAccelerated: { en: 'Copy accelerated endpoint', 'zh-CN': '复制加速地址' },
  copySecret: { en: 'Copy secret token', 'zh-CN': '复制机密令牌' },
  reveal: { en: 'Reveal secret', 'zh-CN': '显示 SCIM 密钥' },
  hide: { en: 'Hide secret', 'zh-CN': '隐藏 SCIM 密钥' },
  forget: { en: 'Forget secret', 'zh-CN': '忘记 SCIM 密钥' },
  pasteNote: {
    en: 'Paste it into Entra’s Secret token.',
    'zh-CN': '请粘贴到 Entra 的“机密令牌”。',
  },
  syncOffWarning: {
    en: 'SCIM synchronization is off: turn it on in CloudSSO settings (step 2).',
    'zh-CN': 'SCIM 同步已关闭：请在 CloudSSO 设置中开启（步骤 2）。',
  },
  clipboardPending: {
    en: 'It is cleared from the clipboard at {time} (in {seconds} s).',
    'zh-CN': '将于 {time}（{seconds} 秒后）从剪贴板中清除。',
  },
  clipboardOff: {
    en: 'Clearing the clipboard is off in Settings: copy something else once you have pasted it.',
    'zh-CN': '设置中已关闭清除剪贴板：粘贴后请复制其他内容覆盖它。',
  },
  clipboardFailed: {
    en: 'This browser does not let the extension clear the clipboard: copy something else once you have pasted it.',
    'zh-CN': '此浏览器不允许扩展清除剪贴板：粘贴后请复制其他内容覆盖它。',
  },
  clipboardWaiting: {
    en: 'Secret token on the clipboard until {time} ({seconds} s).',
    'zh-CN': '机密令牌将在剪贴板中保留至 {time}（{seconds} 秒）。',
  },
  clipboardCleared: {
    en: 'Secret token cleared from the clipboard at {time}.',
    'zh-CN': '机密令牌已于 {time} 从剪贴板中清除。',
  },
  clipboardClearedKeyGone: {
    en: 'Secret token cleared from the clipboard at {time}, when the key was forgotten.',
    'zh-CN': '机密令牌已在密钥被忘记时（{time}）从剪贴板中清除。',
  },
  copyFailed: { en: 'Could not copy: {reason}', 'zh-CN': '无法复制：{reason}' },
  forgotten: { en: 'The SCIM key was forgotten.', 'zh-CN': 'SCIM 密钥已忘记。' },
  forgetFailed: { en: 'Could not forget the key: {reason}', 'zh-CN': '无法忘记密钥：{reason}' },
  'issue_not-url': { en: 'This is not a URL.', 'zh-CN': '这不是 URL。' },
  'issue_not-https': { en: 'It does not start with https://.', 'zh-CN': '不是以 https:// 开头。' },
  issue_host: {
    en: 'Its host is not a CloudSSO SCIM host (cloudsso-scim-<region>.aliyun.com).',
    'zh-CN': '主机不是 CloudSSO SCIM 主机（cloudsso-scim-<地域>.aliyun.com）。',
  },
  issue_path: { en: 'Its path is not /scim/v2/.', 'zh-CN': '路径不是 /scim/v2/。' },
  'issue_extra-parts': {
    en: 'It has a user name, port, query or fragment a SCIM endpoint does not have.',
    'zh-CN': '包含 SCIM 服务端地址不应有的用户名、端口、查询或片段。',
  },
  'issue_not-key-host': {
    en: 'Its host is not one the SCIM key may be sent to (cloudsso-scim-<region>.aliyun.com).',
    'zh-CN': '其主机不是可以接收 SCIM 密钥的主机（cloudsso-scim-<地域>.aliyun.com）。',
  },
  'issue_unknown-region': {
    en: 'Its region is not one where CloudSSO directories live.',
    'zh-CN': '其地域不是 CloudSSO 目录所在的地域。',
  },
  issueLead: {
    en: 'This does not look like a CloudSSO SCIM endpoint: {reason} Check it in the console before you use it.',
    'zh-CN': '这看起来不像 CloudSSO SCIM 服务端地址：{reason} 使用前请在控制台中核对。',
  },
  // Problems, credentials, counts.
  problemsHeading: { en: 'Not recognized', 'zh-CN': '未能识别' },
  'problem_scim-section': {
    en: 'SCIM section not recognized on this page',
    'zh-CN': '未能在此页面识别 SCIM 区域',
  },
  'problem_scim-endpoint': {
    en: 'SCIM endpoint not recognized on this page',
    'zh-CN': '未能在此页面识别 SCIM 服务端地址',
  },
  'problem_sync-switch': {
    en: 'SCIM synchronization switch not recognized on this page',
    'zh-CN': '未能在此页面识别 SCIM 同步开关',
  },
  'problem_credential-secret': {
    en: 'SCIM key not recognized in the “SCIM Credential Generated” dialog',
    'zh-CN': '未能在“SCIM 密钥生成成功”对话框中识别 SCIM 密钥',
  },
  'problem_source-column': {
    en: 'Source column not recognized on this page',
    'zh-CN': '未能在此页面识别“来源”列',
  },
  'problem_settings-page': { en: 'Settings page not recognized', 'zh-CN': '未能识别设置页面' },
  'problem_user-settings-tab': {
    en: 'User Settings tab not recognized on this page',
    'zh-CN': '未能在此页面识别用户设置标签页',
  },
  'problem_credential-dialog': {
    en: 'A dialog shows what looks like a SCIM key, but not as the “SCIM Credential Generated” dialog the capture knows: copy the key from it by hand before you close it',
    'zh-CN':
      '有对话框显示了疑似 SCIM 密钥，但不是获取所识别的“SCIM 密钥生成成功”对话框：请在关闭前手动复制密钥',
  },
  'detail_sync-off': {
    en: 'SCIM synchronization is off; the console may show the endpoint only once it is on.',
    'zh-CN': 'SCIM 同步已关闭；控制台可能在开启后才显示地址。',
  },
  detail_ambiguous: {
    en: 'Several values look like a key. Copy the key from the dialog by hand before closing it.',
    'zh-CN': '有多个值看起来像密钥。请在关闭对话框前手动复制密钥。',
  },
  'detail_not-found': {
    en: 'The console may have changed. Copy the value by hand: Settings › User Settings › SCIM section.',
    'zh-CN': '控制台可能已更改。请手动复制：设置 › 用户设置 › SCIM 区域。',
  },
  credentialsHeading: { en: 'SCIM credentials', 'zh-CN': 'SCIM 凭证' },
  credentialDates: {
    en: 'created {created}, expires {expires}',
    'zh-CN': '创建于 {created}，到期于 {expires}',
  },
  approx: { en: '(about)', 'zh-CN': '（约）' },
  expiresSoon: {
    en: 'SCIM credential {id} expires on {date}, in {days} days. Create a new key, put it into Entra, then disable the old one.',
    'zh-CN':
      'SCIM 凭证 {id} 将于 {date} 到期（{days} 天后）。请创建新密钥、填入 Entra，然后停用旧密钥。',
  },
  expired: {
    en: 'SCIM credential {id} expired on {date}: SCIM synchronization stops. Create a new key and put it into Entra.',
    'zh-CN': 'SCIM 凭证 {id} 已于 {date} 到期：SCIM 同步会停止。请创建新密钥并填入 Entra。',
  },
  countsHeading: { en: 'Synchronized from Entra', 'zh-CN': '从 Entra 同步' },
  countUsers: {
    en: 'Users with Source “SCIM Synchronization”: {scim} of {listed} listed',
    'zh-CN': '来源为“SCIM 同步”的用户：{scim}（共列出 {listed}）',
  },
  countGroups: {
    en: 'Groups with Source “SCIM Synchronization”: {scim} of {listed} listed',
    'zh-CN': '来源为“SCIM 同步”的用户组：{scim}（共列出 {listed}）',
  },
  countHint: {
    en: 'Counted on the list page as shown (one page of a paginated list).',
    'zh-CN': '按列表页当前显示的内容计数（分页列表的一页）。',
  },
});
