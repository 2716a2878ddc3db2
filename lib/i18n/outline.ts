import { defineMessages } from './index';

/** "Copy page outline" (docs/automation-contract.md#side-panel-sidepanelhtml: the button's English name). */
export const outlineText = defineMessages({
  copy: { en: 'Copy page outline', 'zh-CN': '复制页面结构' },
  reading: { en: 'Reading the page…', 'zh-CN': '正在读取页面…' },
  noAnswer: {
    en: 'Not copied: the page did not answer; reload it and try again.',
    'zh-CN': '未复制：页面没有响应；请刷新页面后重试。',
  },
  failed: { en: 'Not copied: {reason}', 'zh-CN': '未复制：{reason}' },
  hint: {
    en: 'The outline holds the page’s structure and the extension’s own words only (no values, keys, endpoints or ids), so you can attach it to a bug report.',
    'zh-CN':
      '页面结构只包含页面的结构和本扩展自己的用语（不含任何值、密钥、服务端地址或 ID），可以附在问题报告中。',
  },
});
