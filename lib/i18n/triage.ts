import { defineMessages } from './index';

/** The provisioning-log triage in the side panel (lib/ui/sidepanel/triage). */
export const triageText = defineMessages({
  region: { en: 'Provisioning log triage', 'zh-CN': '预配日志分析' },
  entryEyebrow: { en: 'Open in Provisioning logs', 'zh-CN': '预配日志中已打开' },
  entryTitle: { en: 'Why “{name}” failed', 'zh-CN': '“{name}”失败的原因' },
  entryNotFailed: {
    en: 'This entry did not fail: nothing to explain.',
    'zh-CN': '此条目没有失败，无需解释。',
  },
  entryEntra: { en: 'Entra says:', 'zh-CN': 'Entra 显示：' },
  intro: {
    en: 'In Entra, open the app’s Provisioning logs, press Download (JSON, or CSV: select all three files), and open the file here. It is read in this browser only.',
    'zh-CN':
      '在 Entra 中打开应用的“预配日志”，点击“下载”（JSON，或 CSV：三个文件一起选择），然后在此打开。文件只在本浏览器中读取。',
  },
  choose: { en: 'Open log files', 'zh-CN': '打开日志文件' },
  drop: { en: 'or drop them here', 'zh-CN': '或拖放到此处' },
  reading: { en: 'Reading the file… {percent}%', 'zh-CN': '正在读取文件… {percent}%' },
  parsing: { en: 'Reading the entries… {percent}%', 'zh-CN': '正在读取条目… {percent}%' },
  classifying: { en: 'Grouping failures… {percent}%', 'zh-CN': '正在分组失败… {percent}%' },
  cancelled: { en: 'Stopped.', 'zh-CN': '已停止。' },
  failed: { en: 'Could not read the logs: {reason}', 'zh-CN': '无法读取日志：{reason}' },
  summary: {
    en: '{entries} entries, {failures} failures ({files})',
    'zh-CN': '{entries} 条记录，{failures} 个失败（{files}）',
  },
  noFailures: { en: 'No failures in these logs.', 'zh-CN': '这些日志中没有失败。' },
  exportAll: { en: 'Export all as CSV', 'zh-CN': '全部导出为 CSV' },
  exportCsv: { en: 'Export as CSV', 'zh-CN': '导出为 CSV' },
  exportGroup: { en: 'Export “{group}” as CSV', 'zh-CN': '将“{group}”导出为 CSV' },
  showAll: { en: 'Show all {n}', 'zh-CN': '显示全部 {n} 个' },
  objectId: { en: 'Object ID', 'zh-CN': '对象 ID' },
  noName: { en: '(no display name)', 'zh-CN': '（无显示名称）' },
  cause_credential: { en: 'SCIM key rejected (401/403)', 'zh-CN': 'SCIM 密钥被拒绝（401/403）' },
  cause_endpoint: { en: 'Tenant URL not found (404)', 'zh-CN': '未找到租户 URL（404）' },
  cause_quarantine: { en: 'Provisioning in quarantine', 'zh-CN': '预配已被隔离' },
  'cause_rejected-name': { en: 'Names CloudSSO rejects', 'zh-CN': 'CloudSSO 拒绝的名称' },
  cause_duplicate: { en: 'Duplicate names', 'zh-CN': '名称重复' },
  'cause_multi-valued': {
    en: 'Several values, CloudSSO keeps one',
    'zh-CN': '多个值，CloudSSO 只保存一个',
  },
  cause_other: { en: 'Other errors', 'zh-CN': '其他错误' },
  why_credential: {
    en: 'CloudSSO refused the Secret token: the SCIM key expired, was disabled or was deleted. Put a new key into Entra.',
    'zh-CN': 'CloudSSO 拒绝了机密令牌：SCIM 密钥已过期、被禁用或被删除。请把新密钥填入 Entra。',
  },
  why_endpoint: {
    en: 'Entra reached a CloudSSO host but not the SCIM service: check that the Tenant URL ends in /scim/v2 and names your directory’s region (copy it again from CloudSSO Settings).',
    'zh-CN':
      'Entra 连接到了 CloudSSO 主机，但没有找到 SCIM 服务：请检查租户 URL 以 /scim/v2 结尾且区域与目录一致（可从 CloudSSO 设置中重新复制）。',
  },
  why_quarantine: {
    en: 'Entra put the job in quarantine after repeated failures and now syncs rarely. Fix the other causes, then restart provisioning on the Overview.',
    'zh-CN':
      'Entra 因多次失败将作业隔离，现在很少同步。请先修复其他原因，然后在“概述”中重新启动预配。',
  },
  'why_rejected-name': {
    en: 'CloudSSO accepts only some characters and lengths in names. Change the attribute’s mapping expression to the proven-safe one below.',
    'zh-CN':
      'CloudSSO 对名称的字符和长度有限制。请把该属性的映射表达式改为下面经过证明安全的表达式。',
  },
  why_duplicate: {
    en: 'CloudSSO names are unique in a directory; these become the same name (case and width ignored). Use the fix’s unique variant, or rename one object.',
    'zh-CN':
      'CloudSSO 目录中的名称必须唯一；这些对象会得到相同的名称（忽略大小写和全半角）。请使用带唯一后缀的修复，或重命名其中一个对象。',
  },
  'why_multi-valued': {
    en: 'Entra sent several values where CloudSSO stores one (it keeps a single email). Map one value, for example [mail].',
    'zh-CN':
      'Entra 发送了多个值，而 CloudSSO 只保存一个（只保留一个邮箱）。请只映射一个值，例如 [mail]。',
  },
  why_other: {
    en: 'Entra’s own words for each failure:',
    'zh-CN': '每个失败的 Entra 原文：',
  },
  rotate: { en: 'Rotate the SCIM key', 'zh-CN': '轮换 SCIM 密钥' },
  rotateStarted: {
    en: 'The rotation is at the top of the panel.',
    'zh-CN': '轮换步骤显示在面板顶部。',
  },
  rotateNoCredential: {
    en: 'No credential of this directory is known yet: open CloudSSO Settings › SCIM first.',
    'zh-CN': '尚不知道该目录的凭证：请先打开 CloudSSO“设置 › SCIM”。',
  },
  fixFor: { en: 'Proven-safe expression for {attribute}', 'zh-CN': '{attribute} 的证明安全表达式' },
  copyFix: { en: 'Copy the expression', 'zh-CN': '复制表达式' },
  chars: { en: 'Characters CloudSSO rejects: {chars}', 'zh-CN': 'CloudSSO 不接受的字符：{chars}' },
  tooLong: { en: '{length} characters, at most {max}', 'zh-CN': '{length} 个字符，最多 {max} 个' },
  sameAs: { en: 'Same name as {others}', 'zh-CN': '与 {others} 名称相同' },
  values: { en: '{attribute}: {count} values', 'zh-CN': '{attribute}：{count} 个值' },
  explainHeading: { en: 'This log entry', 'zh-CN': '此日志条目' },
});
export type TriageKey = Parameters<typeof triageText>[0];
