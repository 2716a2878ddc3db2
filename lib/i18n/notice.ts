import { defineMessages } from './index';

/** Text of the in-page notice. It never contains the key. */
export const noticeText = defineMessages({
  region: { en: 'CloudSSO SCIM Assistant', 'zh-CN': 'CloudSSO SCIM 助手' },
  kept: {
    en: 'The SCIM key was kept in the browser’s memory, to fill into Entra as the Secret token. It is not shown here.',
    'zh-CN': 'SCIM 密钥已保存在浏览器内存中，用于填入 Entra 的“机密令牌”。此处不显示密钥。',
  },
  timeLeft: {
    en: 'Forgotten in {time} (at {clock})',
    'zh-CN': '{time} 后忘记（{clock}）',
  },
  continue: { en: 'Continue in Entra', 'zh-CN': '继续在 Entra 中操作' },
  panelOpened: {
    en: 'The side panel is open: the next step is in Entra (step 3 there).',
    'zh-CN': '侧边栏已打开：下一步在 Entra 中进行（见其中的步骤 3）。',
  },
  whereToClick: {
    en: 'Open the side panel with the CloudSSO SCIM Assistant button in the browser’s toolbar (under the puzzle-piece icon when it is not pinned); it guides the Entra steps.',
    'zh-CN':
      '请单击浏览器工具栏中的 CloudSSO SCIM 助手按钮打开侧边栏（未固定时在拼图图标下）；它会指导 Entra 中的步骤。',
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
  askExpired: {
    en: 'The SCIM key was not kept: nobody answered within {minutes} minutes. Copy it from the dialog if you still need it.',
    'zh-CN': '未保存 SCIM 密钥：{minutes} 分钟内无人确认。如仍需要，请从对话框中手动复制。',
  },
  failed: {
    en: 'The SCIM key could not be kept. Copy it from the dialog before you close it.',
    'zh-CN': '无法保存 SCIM 密钥。请在关闭对话框前手动复制。',
  },
});
