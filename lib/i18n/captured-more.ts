import { defineMessages } from './index';

/** Problems, credentials, counts: the rest of the "Captured values" text. */
export const more = defineMessages({
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
