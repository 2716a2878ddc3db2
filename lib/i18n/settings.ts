import { defineMessages } from './index';

export const settingsText = defineMessages({
  heading: { en: 'Settings', 'zh-CN': '设置' },
  ttl: { en: 'Keep the SCIM key for (minutes)', 'zh-CN': 'SCIM 密钥保存时长（分钟）' },
  clipboard: {
    en: 'Clear a copied Secret token from the clipboard after',
    'zh-CN': '复制的机密令牌在剪贴板中保留',
  },
  clipboardSeconds: { en: '{seconds} seconds', 'zh-CN': '{seconds} 秒' },
  clipboardOff: { en: 'Never (leave it there)', 'zh-CN': '不清除（保留在剪贴板中）' },
  clipboardHint: {
    en: 'Also cleared at once when the key is forgotten. The extension only overwrites what it copied itself; it never reads the clipboard.',
    'zh-CN': '密钥被忘记时也会立即清除。扩展只覆盖它自己复制的内容，从不读取剪贴板。',
  },
  clipboardSaved: {
    en: 'A copied Secret token is now cleared from the clipboard after {seconds} seconds.',
    'zh-CN': '复制的机密令牌现在会在 {seconds} 秒后从剪贴板中清除。',
  },
  clipboardSavedOff: {
    en: 'A copied Secret token now stays on the clipboard until you copy something else.',
    'zh-CN': '复制的机密令牌现在会保留在剪贴板中，直到你复制其他内容。',
  },
  ttlHint: {
    en: 'From {min} to {max} minutes. A lower limit also shortens the key kept now.',
    'zh-CN': '{min} 到 {max} 分钟。调低时限也会缩短当前已保存密钥的保存时间。',
  },
  ttlSaved: {
    en: 'The SCIM key will be kept for {minutes} minutes.',
    'zh-CN': 'SCIM 密钥将保存 {minutes} 分钟。',
  },
  ttlInvalid: {
    en: 'Enter a whole number of minutes from {min} to {max}.',
    'zh-CN': '请输入 {min} 到 {max} 之间的整数分钟。',
  },
  ask: { en: 'Ask before keeping the SCIM key', 'zh-CN': '保存 SCIM 密钥前先询问' },
  askHint: {
    en: 'The notice on the CloudSSO page then shows a “Keep the key” button; nothing is kept until you press it.',
    'zh-CN': '开启后，CloudSSO 页面上的提示会显示“保存密钥”按钮；按下之前不会保存任何内容。',
  },
  askOn: {
    en: 'The key is kept only after you confirm on the page.',
    'zh-CN': '仅在页面上确认后才保存密钥。',
  },
  askOff: { en: 'The key is kept as soon as it is shown.', 'zh-CN': '密钥显示时即保存。' },
  saveFailed: { en: 'Could not save the setting: {reason}', 'zh-CN': '无法保存设置：{reason}' },
});
