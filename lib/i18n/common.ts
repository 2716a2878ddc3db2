import { defineMessages } from './index';

/** Words every page uses, defined once: feature catalogs do not repeat them. */
export const commonText = defineMessages({
  appName: { en: 'CloudSSO SCIM Assistant', 'zh-CN': 'CloudSSO SCIM 助手' },
  copy: { en: 'Copy', 'zh-CN': '复制' },
  copied: { en: 'Copied', 'zh-CN': '已复制' },
  copyFailed: { en: 'Not copied: {reason}', 'zh-CN': '未复制：{reason}' },
  cancel: { en: 'Cancel', 'zh-CN': '取消' },
  close: { en: 'Close', 'zh-CN': '关闭' },
  details: { en: 'Details', 'zh-CN': '详细信息' },
  showDetails: { en: 'Show details', 'zh-CN': '显示详细信息' },
  hideDetails: { en: 'Hide details', 'zh-CN': '隐藏详细信息' },
  newTab: { en: '(opens in a new tab)', 'zh-CN': '（在新标签页中打开）' },
  notReadYet: { en: 'Not read yet', 'zh-CN': '尚未读取' },
  unknown: { en: 'Unknown', 'zh-CN': '未知' },
  siteCn: { en: 'China site', 'zh-CN': '中国站' },
  siteIntl: { en: 'International site', 'zh-CN': '国际站' },
  saveFailed: { en: 'Not saved: {reason}', 'zh-CN': '未保存：{reason}' },
  sectionUnavailable: {
    en: 'This part of the panel could not load (the extension may have just been updated). Close the side panel and open it again.',
    'zh-CN': '侧边栏的这一部分未能加载（扩展可能刚刚更新）。请关闭侧边栏后重新打开。',
  },
});
