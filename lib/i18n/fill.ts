import { defineMessages } from './index';

/**
 * The fill's button and its outcomes, one entry per outcome code (lib/storage/guide.ts FillResult),
 * so a new outcome slots in with its sentence (lib/ui/sidepanel/guide/fill-outcomes.ts).
 */
export const fillText = defineMessages({
  fill: { en: 'Fill Tenant URL and Secret token', 'zh-CN': '填写租户 URL 和机密令牌' },
  filling: { en: 'Filling…', 'zh-CN': '正在填写…' },
  fillHint: {
    en: 'Fills the Entra tab that shows the Tenant URL and Secret token form.',
    'zh-CN': '填写显示租户 URL 和机密令牌表单的 Entra 标签页。',
  },
  r_filled: {
    en: 'Filled Tenant URL and Secret token. Next: Test connection, then Create.',
    'zh-CN': '已填写租户 URL 和机密令牌。下一步：测试连接，然后创建。',
  },
  r_filledAuto: {
    en: 'Filled Tenant URL and Secret token as soon as the form appeared.',
    'zh-CN': '表单出现后已立即填写租户 URL 和机密令牌。',
  },
  'r_no-secret': {
    en: 'Not filled: no SCIM key is kept. Create a SCIM credential in CloudSSO (step 1); the key is captured when it is shown.',
    'zh-CN':
      '未填写：没有保存的 SCIM 密钥。请在 CloudSSO 中创建 SCIM 密钥（步骤 1），密钥显示时会被获取。',
  },
  'r_no-endpoint': {
    en: 'Not filled: no SCIM endpoint captured yet. Open CloudSSO settings (step 2).',
    'zh-CN': '未填写：尚未获取 SCIM 服务端地址。请打开 CloudSSO 设置（步骤 2）。',
  },
  'r_endpoint-unverified': {
    en: 'Not filled: the captured SCIM endpoint is not a CloudSSO SCIM endpoint, and Entra would send the SCIM key to it on every sync. {why} Check the endpoint on the CloudSSO Settings page; if you are sure, copy the values below by hand.',
    'zh-CN':
      '未填写：获取的 SCIM 服务端地址不是 CloudSSO SCIM 端点，而 Entra 每次同步都会把 SCIM 密钥发送到该地址。{why} 请在 CloudSSO 设置页面核对该地址；如果确定无误，可以在下方手动复制这些值。',
  },
  'r_no-endpoint-directory': {
    en: 'Not filled: the SCIM endpoint of the directory this key belongs to ({directory}) has not been read. Open that directory’s Settings page in the CloudSSO console once, then fill again.',
    'zh-CN':
      '未填写：尚未读取此密钥所属目录（{directory}）的 SCIM 服务端地址。请在 CloudSSO 控制台中打开该目录的设置页面一次，然后重新填写。',
  },
  'r_other-app': {
    en: 'Not filled yet: this form belongs to another Entra app than the one the SCIM key is for. Say which app gets the key.',
    'zh-CN':
      '尚未填写：此表单属于另一个 Entra 应用，而不是 SCIM 密钥对应的应用。请确认由哪个应用使用该密钥。',
  },
  otherApp: {
    en: 'This provisioning form is on the page of the Entra app “{form}”, but the SCIM key was meant for “{expected}”. Every SCIM app’s form asks for a Tenant URL and a Secret token, so check the app name in the blade title before you continue.',
    'zh-CN':
      '此预配表单位于 Entra 应用“{form}”的页面上，但该 SCIM 密钥是为“{expected}”准备的。每个 SCIM 应用的表单都要求填写租户 URL 和机密令牌，因此继续之前请核对边栏标题中的应用名称。',
  },
  otherAppFill: { en: 'Fill “{form}” anyway', 'zh-CN': '仍然填写“{form}”' },
  otherAppUnnamed: {
    en: 'The page does not say which app it belongs to, so the key is not filled there. Open the provisioning page from the app’s own menu.',
    'zh-CN': '页面未显示它属于哪个应用，因此不会在此填写密钥。请从该应用自己的菜单打开预配页面。',
  },
  appUnnamed: { en: 'an app the page does not name', 'zh-CN': '页面未命名的应用' },
  'r_secret-changed': {
    en: 'Not filled: the Secret token field changed while it was being filled (it stopped being a password field, or another field took its place), so the SCIM key was not written. Reload the Entra page and fill again; if it happens again, copy the values by hand.',
    'zh-CN':
      '未填写：填写过程中机密令牌字段发生了变化（不再是密码字段，或被其他字段取代），因此没有写入 SCIM 密钥。请重新加载 Entra 页面后再次填写；如果仍然如此，请手动复制这些值。',
  },
  'r_bad-secret': {
    en: 'Not filled: the kept key is empty or contains spaces.',
    'zh-CN': '未填写：保存的密钥为空或包含空格。',
  },
  'r_no-form': {
    en: 'Not filled: no Entra tab shows the Tenant URL and Secret token form. Could not recognize step {n} ({title}) on the page; fill by hand with the values below.',
    'zh-CN':
      '未填写：没有 Entra 标签页显示租户 URL 和机密令牌表单。未能在页面上识别步骤 {n}（{title}）；请使用下方的值手动填写。',
  },
  'r_not-allowed': {
    en: 'Not filled: the form is in a frame the extension does not trust.',
    'zh-CN': '未填写：表单位于扩展不信任的框架中。',
  },
  r_unreachable: {
    en: 'Not filled: the Entra page did not answer. Reload it and try again.',
    'zh-CN': '未填写：Entra 页面没有响应。请刷新后重试。',
  },
  'r_tenant-url-not-kept': {
    en: 'Not kept: the page reset the Tenant URL after the fill. Enter it by hand with the copy buttons below.',
    'zh-CN': '未保留：填写后页面重置了租户 URL。请使用下方的复制按钮手动输入。',
  },
  'r_secret-not-kept': {
    en: 'Not kept: the page reset the Secret token after the fill. Enter it by hand with the copy buttons below.',
    'zh-CN': '未保留：填写后页面重置了机密令牌。请使用下方的复制按钮手动输入。',
  },
  'r_neither-kept': {
    en: 'Not kept: the page reset both values after the fill. Enter them by hand with the copy buttons below.',
    'zh-CN': '未保留：填写后页面重置了两个值。请使用下方的复制按钮手动输入。',
  },
  'r_no-tenant-url': {
    en: 'Not filled: the form has no field labelled Tenant URL.',
    'zh-CN': '未填写：表单中没有标为“租户 URL”的字段。',
  },
  'r_no-secret-token': {
    en: 'Not filled: the form has no field labelled Secret token beside Tenant URL.',
    'zh-CN': '未填写：表单中租户 URL 旁没有标为“机密令牌”的字段。',
  },
  'r_secret-not-password': {
    en: 'Not filled: the field labelled Secret token is not a password field, so the key was not put into it.',
    'zh-CN': '未填写：标为“机密令牌”的字段不是密码字段，因此没有填入密钥。',
  },
  r_ambiguous: {
    en: 'Not filled: the page shows more than one such form.',
    'zh-CN': '未填写：页面上有多个此类表单。',
  },
  r_hidden: {
    en: 'Not filled: the fields are hidden. Expand Admin Credentials, then fill again.',
    'zh-CN': '未填写：字段已隐藏。请展开“管理员凭据”后再填写。',
  },
  r_unconfirmed: {
    en: 'Not filled: fields named Tenant URL and Secret token were found only by the text beside them, and no Test connection button beside them confirms the credentials form.',
    'zh-CN':
      '未填写：只根据旁边的文字找到了名为“租户 URL”和“机密令牌”的字段，且旁边没有“测试连接”按钮来确认这是凭据表单。',
  },
  'r_saved-secret': {
    en: 'Not filled automatically: this form holds saved credentials (the Secret token is shown masked). Press Fill Tenant URL and Secret token to replace them.',
    'zh-CN':
      '未自动填写：此表单中是已保存的凭据（机密令牌以掩码显示）。若要替换，请单击“填写租户 URL 和机密令牌”。',
  },
  r_disabled: {
    en: 'Not filled: the fields are read-only.',
    'zh-CN': '未填写：字段为只读。',
  },
  r_failed: {
    en: 'Not filled: {reason}',
    'zh-CN': '未填写：{reason}',
  },
  fallbackHeading: { en: 'Fill by hand', 'zh-CN': '手动填写' },
  fallbackText: {
    en: 'Could not recognize step {n} ({title}) on the page. Copy these values into the Entra form:',
    'zh-CN': '未能在页面上识别步骤 {n}（{title}）。请将这些值复制到 Entra 表单中：',
  },
});
