import { defineMessages } from './index';

/** Text of the in-page notice. It never contains the key. */
export const noticeText = defineMessages({
  region: { en: 'CloudSSO SCIM Assistant', 'zh-CN': 'CloudSSO SCIM 助手' },
  kept: {
    en: 'The SCIM key was kept in the browser’s memory for {minutes} minutes (until {time}), to fill it into Entra. It is not shown here.',
    'zh-CN':
      'SCIM 密钥已保存在浏览器内存中 {minutes} 分钟（至 {time}），用于填入 Entra。此处不显示密钥。',
  },
  ask: {
    en: 'Keep this SCIM key in the browser’s memory for {minutes} minutes, to fill it into Entra?',
    'zh-CN': '是否将此 SCIM 密钥在浏览器内存中保存 {minutes} 分钟，以便填入 Entra？',
  },
  keep: { en: 'Keep the key', 'zh-CN': '保存密钥' },
  dontKeep: { en: 'Don’t keep', 'zh-CN': '不保存' },
  forget: { en: 'Forget the key', 'zh-CN': '忘记密钥' },
  close: { en: 'Close', 'zh-CN': '关闭' },
  forgotten: { en: 'The SCIM key was forgotten.', 'zh-CN': 'SCIM 密钥已忘记。' },
  declined: { en: 'The SCIM key was not kept.', 'zh-CN': '未保存 SCIM 密钥。' },
  failed: {
    en: 'The SCIM key could not be kept. Copy it from the dialog before you close it.',
    'zh-CN': '无法保存 SCIM 密钥。请在关闭对话框前手动复制。',
  },
});
