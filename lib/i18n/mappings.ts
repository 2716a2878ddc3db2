import { defineMessages } from './index';

/** The side panel's Mapping check (#13). */
export const mappingText = defineMessages({
  heading: { en: 'Mapping check', 'zh-CN': '映射检查' },
  intro: {
    en: 'Open the app’s Attribute mapping page in Entra, or a schema file exported with Microsoft Graph: every mapping is checked against what CloudSSO accepts.',
    'zh-CN':
      '在 Entra 中打开应用的“属性映射”页面，或打开用 Microsoft Graph 导出的架构文件：每个映射都会按 CloudSSO 接受的规则检查。',
  },
  fromPage: { en: 'From the Attribute mapping page', 'zh-CN': '来自“属性映射”页面' },
  fromFile: { en: 'From the file {name}', 'zh-CN': '来自文件 {name}' },
  openFile: { en: 'Open schema file…', 'zh-CN': '打开架构文件…' },
  dropHint: {
    en: 'or drop the JSON here (GET …/synchronization/jobs/{jobId}/schema). Nothing leaves the browser.',
    'zh-CN':
      '或把 JSON 文件拖到这里（GET …/synchronization/jobs/{jobId}/schema）。数据不会离开浏览器。',
  },
  notSchema: {
    en: 'This file is not a synchronization schema: {reason}',
    'zh-CN': '此文件不是同步架构：{reason}',
  },
  closeFile: { en: 'Back to the page', 'zh-CN': '返回页面结果' },
  users: { en: 'Users', 'zh-CN': '用户' },
  groups: { en: 'Groups', 'zh-CN': '组' },
  notShown: {
    en: 'Not read yet: open the {what} tab of Attribute mapping.',
    'zh-CN': '尚未读取：请打开“属性映射”的“{what}”选项卡。',
  },
  checking: { en: 'Checking…', 'zh-CN': '正在检查…' },
  clean: { en: 'No problems in {n} mappings.', 'zh-CN': '{n} 个映射没有问题。' },
  problems: { en: '{p} to change in {n} mappings.', 'zh-CN': '{n} 个映射中有 {p} 处需要修改。' },
  required: { en: 'Required mappings', 'zh-CN': '必需的映射' },
  'externalId.missing': {
    en: 'externalId is not mapped: map it from objectId (the Alibaba guide’s one explicit change).',
    'zh-CN': '未映射 externalId：请从 objectId 映射（阿里云指南中唯一明确要求的修改）。',
  },
  'externalId.source': {
    en: 'externalId comes from {source}: change its source to objectId (the Alibaba guide’s one explicit change).',
    'zh-CN': 'externalId 来自 {source}：请把源改为 objectId（阿里云指南中唯一明确要求的修改）。',
  },
  'userName.missing': {
    en: 'userName is not mapped: CloudSSO requires it.',
    'zh-CN': '未映射 userName：CloudSSO 要求此字段。',
  },
  'displayName.missing': {
    en: 'displayName is not mapped: CloudSSO needs it as the group name.',
    'zh-CN': '未映射 displayName：CloudSSO 以它作为组名。',
  },
  'members.missing': {
    en: 'members is not mapped: group memberships will not reach CloudSSO.',
    'zh-CN': '未映射 members：组成员关系不会同步到 CloudSSO。',
  },
  requiredOk: {
    en: 'All present; externalId comes from objectId.',
    'zh-CN': '都已映射；externalId 来自 objectId。',
  },
  matching: { en: 'Matching', 'zh-CN': '匹配' },
  matchingOk: {
    en: 'Objects are matched on {target}, which Entra queries CloudSSO by.',
    'zh-CN': '按 {target} 匹配对象，Entra 正是按它查询 CloudSSO。',
  },
  matchingWrong: {
    en: 'Objects are matched on {target}; CloudSSO is queried by {expected}: set “Match objects using this attribute” on {expected} (precedence 1).',
    'zh-CN':
      '当前按 {target} 匹配对象；Entra 按 {expected} 查询 CloudSSO：请在 {expected} 上设置“使用此属性匹配对象”（优先级 1）。',
  },
  matchingNone: {
    en: 'No mapping is marked “Match objects using this attribute”: mark {expected} (precedence 1).',
    'zh-CN': '没有映射设置了“使用此属性匹配对象”：请在 {expected} 上设置（优先级 1）。',
  },
  names: { en: 'Names CloudSSO checks', 'zh-CN': 'CloudSSO 检查的名称' },
  safe: { en: 'Proven safe', 'zh-CN': '已证明安全' },
  unsafe: { en: 'Unsafe', 'zh-CN': '不安全' },
  unknown: { en: 'Not proven', 'zh-CN': '未能证明' },
  direct: { en: 'Direct', 'zh-CN': '直接' },
  constant: { en: 'Constant', 'zh-CN': '常量' },
  expression: { en: 'Expression', 'zh-CN': '表达式' },
  breaksWith: { en: 'Breaks with {input} → {output}', 'zh-CN': '输入 {input} 时出错 → {output}' },
  breaksEmpty: {
    en: 'Breaks when the source attributes have no value → {output}',
    'zh-CN': '源属性没有值时出错 → {output}',
  },
  nothingSent: { en: '(nothing sent)', 'zh-CN': '（不发送）' },
  why: { en: 'Why', 'zh-CN': '原因' },
  fix: { en: 'Proven fix', 'zh-CN': '已证明的修正' },
  copyFix: { en: 'Copy fix', 'zh-CN': '复制修正' },
  copyFixName: { en: 'Copy the fix for {target}', 'zh-CN': '复制 {target} 的修正' },
  checkInLinter: { en: 'Check in the linter', 'zh-CN': '在检查器中检查' },
  checkInLinterName: {
    en: 'Check in the linter: the fix for {target}',
    'zh-CN': '在检查器中检查：{target} 的修正',
  },
  sentToLinter: { en: 'Sent to the Expression linter.', 'zh-CN': '已发送到表达式检查器。' },
  noFix: {
    en: 'No proven fix: start from the guide’s expression in step 5.',
    'zh-CN': '没有已证明的修正：请从步骤 5 的推荐表达式开始。',
  },
  unsupported: { en: 'Targets CloudSSO has no field for', 'zh-CN': 'CloudSSO 没有对应字段的目标' },
  unsupportedNote: {
    en: 'CloudSSO ignores or rejects these; the Alibaba guide says delete them.',
    'zh-CN': 'CloudSSO 会忽略或拒绝这些属性；阿里云指南要求删除它们。',
  },
  multiValue: {
    en: 'Multi-valued: several values in one list (phone numbers, addresses) make the user fail.',
    'zh-CN': '多值属性：一个列表中有多个值（电话号码、地址）会导致用户同步失败。',
  },
  severalEmails: {
    en: 'Several e-mail mappings: Entra sends them as one list, which CloudSSO fails on; keep one.',
    'zh-CN':
      '有多个电子邮件映射：Entra 会把它们作为一个列表发送，CloudSSO 会因此失败；只保留一个。',
  },
  unread: { en: 'Rows not read', 'zh-CN': '未能读取的行' },
  unreadRow: {
    en: 'Row {row}: {reason}. Open it with Edit to check it here.',
    'zh-CN': '第 {row} 行：{reason}。点击“编辑”打开它即可在此检查。',
  },
  editing: { en: 'Expression being edited', 'zh-CN': '正在编辑的表达式' },
  editingTarget: { en: 'Target {target}', 'zh-CN': '目标 {target}' },
  editingNoRule: {
    en: 'CloudSSO has no name rule for {target}.',
    'zh-CN': 'CloudSSO 对 {target} 没有名称规则。',
  },
  editingEmpty: {
    en: 'Type the expression in Entra; it is checked here as you type.',
    'zh-CN': '请在 Entra 中输入表达式；这里会随输入检查。',
  },
  editingNever: {
    en: 'The extension never types into Entra: copy the fix and paste it there.',
    'zh-CN': '本扩展从不在 Entra 中输入：请复制修正后粘贴到那里。',
  },
  corrected: { en: 'Corrected schema', 'zh-CN': '修正后的架构' },
  correctedNote: {
    en: '{n} changes. Everything else is byte for byte as in your file. Apply it in Azure Cloud Shell:',
    'zh-CN': '{n} 处修改，其余内容与原文件逐字节相同。请在 Azure Cloud Shell 中应用：',
  },
  nothingToFix: { en: 'Nothing to change in the file.', 'zh-CN': '文件中没有需要修改的内容。' },
  notFixed: {
    en: '{n} problems need a change by hand (a missing mapping, the matching attribute).',
    'zh-CN': '有 {n} 个问题需要手动修改（缺少的映射、匹配属性）。',
  },
  download: { en: 'Download corrected schema', 'zh-CN': '下载修正后的架构' },
  diff: { en: 'What changes', 'zh-CN': '修改内容' },
  copyCommand: { en: 'Copy the az rest command', 'zh-CN': '复制 az rest 命令' },
  remove: { en: 'remove', 'zh-CN': '删除' },
  replace: { en: 'replace', 'zh-CN': '替换' },
  md_heading: { en: 'Mapping check', 'zh-CN': '映射检查' },
  md_columns: {
    en: '| Object | Target | Source | Type | Verdict |',
    'zh-CN': '| 对象 | 目标 | 源 | 类型 | 结论 |',
  },
  md_none: { en: 'No mapping page was read.', 'zh-CN': '尚未读取映射页面。' },
  md_dropped: { en: 'no CloudSSO field: delete', 'zh-CN': 'CloudSSO 无此字段：删除' },
  md_kept: { en: 'kept', 'zh-CN': '保留' },
});
export type MappingKey = Parameters<typeof mappingText>[0];
