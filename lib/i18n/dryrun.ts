import { defineMessages } from './index';

/** Text of the side panel's dry-run, in English and Simplified Chinese. */
export const dryRunText = defineMessages({
  heading: { en: 'Dry-run over your users or groups', 'zh-CN': '在你的用户或用户组上试运行' },
  intro: {
    en: 'Export users or groups from the Entra admin center (Users › Download users, or Groups › Download groups) and open the CSV here. Nothing leaves this browser.',
    'zh-CN':
      '从 Entra 管理中心导出用户或用户组（用户 › 下载用户，或组 › 下载组），然后在此打开 CSV 文件。数据不会离开此浏览器。',
  },
  file: {
    en: 'CSV exported from Entra (users or groups)',
    'zh-CN': '从 Entra 导出的 CSV（用户或用户组）',
  },
  loadedFile: {
    en: '{rows} rows, {columns} columns.',
    'zh-CN': '{rows} 行，{columns} 列。',
  },
  parseWarnings: {
    en: 'Some lines could not be read cleanly: {list}',
    'zh-CN': '有些行无法完整读取：{list}',
  },
  columnsCaption: {
    en: 'Which column feeds which Entra attribute',
    'zh-CN': '每一列对应哪个 Entra 属性',
  },
  colColumn: { en: 'Column', 'zh-CN': '列' },
  colExample: { en: 'First row', 'zh-CN': '第一行' },
  colAttribute: { en: 'Attribute', 'zh-CN': '属性' },
  attributeFor: { en: 'Attribute for column “{column}”', 'zh-CN': '列“{column}”对应的属性' },
  notUsed: { en: '(not used)', 'zh-CN': '（不使用）' },
  run: { en: 'Run dry-run', 'zh-CN': '开始试运行' },
  progressLabel: { en: 'Dry-run progress', 'zh-CN': '试运行进度' },
  'phase.read': { en: 'Reading the file…', 'zh-CN': '正在读取文件…' },
  'phase.parse': { en: 'Reading the file: {percent}%', 'zh-CN': '正在读取文件：{percent}%' },
  'phase.run': {
    en: 'Checked {done} of {total} rows',
    'zh-CN': '已检查 {done} / {total} 行',
  },
  needExpression: {
    en: 'Type an expression above first.',
    'zh-CN': '请先在上方输入表达式。',
  },
  loaded: { en: 'Loaded {rows} rows.', 'zh-CN': '已载入 {rows} 行。' },
  cancelled: { en: 'Dry-run cancelled.', 'zh-CN': '试运行已取消。' },
  'phase.locate': {
    en: 'Finding the row the dry-run stopped on: row {row}…',
    'zh-CN': '正在查找试运行停止的行：第 {row} 行…',
  },
  'stalled.read': {
    en: 'Reading the file stopped: nothing happened for {seconds} s after {percent}% of it was read. Try again; if it keeps happening, copy the file to this computer first.',
    'zh-CN':
      '读取文件已中止：读取 {percent}% 后 {seconds} 秒内没有进展。请重试；如果仍然如此，请先将文件复制到本机。',
  },
  'stalled.parse': {
    en: 'Reading the file stopped: nothing happened for {seconds} s after {percent}% of it was parsed.',
    'zh-CN': '读取文件已中止：解析 {percent}% 后 {seconds} 秒内没有进展。',
  },
  'stalled.row': {
    en: 'The dry-run stopped: row {row} of the file took longer than {seconds} s.',
    'zh-CN': '试运行已中止：文件第 {row} 行耗时超过 {seconds} 秒。',
  },
  'stalled.after': {
    en: 'The dry-run stopped: nothing happened for {seconds} s, at row {row} of the file or a little after it.',
    'zh-CN': '试运行已中止：{seconds} 秒内没有进展，停在文件第 {row} 行或其后不远处。',
  },
  'stalled.regex': {
    en: 'A regular expression in a Replace probably backtracks catastrophically on this value (nested quantifiers such as (a+)+); simplify the pattern.',
    'zh-CN':
      'Replace 中的正则表达式很可能在该值上出现灾难性回溯（例如 (a+)+ 这类嵌套量词）；请简化该模式。',
  },
  'failed.worker': {
    en: 'The dry-run failed: its background worker could not start or stopped unexpectedly{detail}. Reopen the side panel to try again.',
    'zh-CN': '试运行失败：后台线程无法启动或意外停止{detail}。请重新打开侧边栏后重试。',
  },
  'failed.reply': {
    en: 'The dry-run failed: its background worker sent a reply this page cannot read ({detail}). Reopen the side panel to try again.',
    'zh-CN': '试运行失败：后台线程返回了此页面无法读取的结果（{detail}）。请重新打开侧边栏后重试。',
  },
  workerDetail: { en: ' ({detail})', 'zh-CN': '（{detail}）' },
  failed: { en: 'The dry-run failed: {message}', 'zh-CN': '试运行失败：{message}' },
  invalid: {
    en: 'The expression has errors, so Entra would not accept it; fix them above first.',
    'zh-CN': '表达式有错误，Entra 不会接受；请先在上方修正。',
  },
  finished: {
    en: 'Dry-run finished: {bad} of {total} rows will not provision as intended ({failed} fail the rule, {empty} empty, {collisions} in collisions).',
    'zh-CN':
      '试运行完成：{total} 行中有 {bad} 行无法按预期预配（{failed} 行不符合规则，{empty} 行为空，{collisions} 行名称冲突）。',
  },
  headline: {
    en: '{bad} of {total} rows will not provision as intended.',
    'zh-CN': '{total} 行中有 {bad} 行无法按预期预配。',
  },
  headlineNone: {
    en: 'Every one of the {total} rows will provision as intended.',
    'zh-CN': '全部 {total} 行都会按预期预配。',
  },
  codes: { en: 'Codes: {codes}', 'zh-CN': '代码：{codes}' },
  stale: {
    en: 'The expression, target or columns changed since this run. Run it again to update.',
    'zh-CN': '自本次运行以来，表达式、目标或列映射已更改。请重新运行以更新结果。',
  },
  resultsHeading: { en: 'Dry-run results', 'zh-CN': '试运行结果' },
  forTarget: { en: 'For {target}, over {rows} rows:', 'zh-CN': '目标 {target}，共 {rows} 行：' },
  countFail: { en: 'Fail CloudSSO’s rule', 'zh-CN': '不符合 CloudSSO 规则' },
  countEmpty: { en: 'Become empty or are not sent', 'zh-CN': '结果为空或不发送' },
  countErrors: { en: 'Cannot be evaluated', 'zh-CN': '无法求值' },
  countCollisions: {
    en: 'Share a name with another row',
    'zh-CN': '与其他行名称相同',
  },
  countCollisionsNA: {
    en: 'Share a name: not checked, this target need not be unique',
    'zh-CN': '名称冲突：未检查，此目标无需唯一',
  },
  countPass: { en: 'Pass with no remark', 'zh-CN': '完全通过' },
  unmapped: {
    en: 'The expression reads {attrs}, which no column provides, so it has no value in any row. Map a column to it above.',
    'zh-CN': '表达式读取了 {attrs}，但没有任何列提供它，因此每一行都没有值。请在上方为其指定一列。',
  },
  reasonsCaption: { en: 'Why rows fail', 'zh-CN': '不通过的原因' },
  colReason: { en: 'Reason', 'zh-CN': '原因' },
  colRows: { en: 'Rows', 'zh-CN': '行数' },
  showRows: { en: 'Show these rows', 'zh-CN': '显示这些行' },
  showRowsFor: { en: 'Show these rows: {reason}', 'zh-CN': '显示这些行：{reason}' },
  collisionsHeading: { en: 'Collisions', 'zh-CN': '名称冲突' },
  collisionsNote: {
    en: 'CloudSSO names are unique, so only the first of these objects would be created. Names that differ only in upper/lower case are listed too: CloudSSO probably treats them as equal (not confirmed).',
    'zh-CN':
      'CloudSSO 名称必须唯一，因此这些对象中只有第一个会被创建。仅大小写不同的名称也列出：CloudSSO 很可能视其为相同（未确认）。',
  },
  collisionExact: {
    en: '{n} rows give “{name}”',
    'zh-CN': '{n} 行得到“{name}”',
  },
  collisionCase: {
    en: '{n} rows give “{name}” apart from upper/lower case',
    'zh-CN': '{n} 行在忽略大小写后得到“{name}”',
  },
  collisionCounts: {
    en: '{exact} rows share a name letter for letter with another; {caseOnly} more only apart from upper/lower case.',
    'zh-CN': '{exact} 行与其他行名称完全相同；另有 {caseOnly} 行仅大小写不同。',
  },
  moreCollisions: { en: 'and {n} more groups', 'zh-CN': '还有 {n} 组' },
  rowRef: { en: 'row {row}', 'zh-CN': '第 {row} 行' },
  problemsHeading: { en: 'Rows with problems', 'zh-CN': '有问题的行' },
  filterReason: { en: 'Show', 'zh-CN': '显示' },
  allProblems: { en: 'All problems', 'zh-CN': '所有问题' },
  search: { en: 'Search rows', 'zh-CN': '搜索行' },
  showing: {
    en: 'Showing {shown} of {matching} matching rows.',
    'zh-CN': '显示 {matching} 个匹配行中的 {shown} 行。',
  },
  colRow: { en: 'Row', 'zh-CN': '行' },
  colId: { en: 'Object id', 'zh-CN': '对象 ID' },
  colInput: { en: 'Input', 'zh-CN': '输入' },
  colValue: { en: 'CloudSSO value', 'zh-CN': 'CloudSSO 值' },
  colProblems: { en: 'Problems', 'zh-CN': '问题' },
  export: { en: 'Export these rows as CSV', 'zh-CN': '将这些行导出为 CSV' },
  exported: { en: 'Exported {n} rows.', 'zh-CN': '已导出 {n} 行。' },
  'reason.dryrun.empty': {
    en: 'The value is empty or not sent',
    'zh-CN': '值为空或不发送',
  },
  'reason.dryrun.collision': {
    en: 'Same name as another object',
    'zh-CN': '与另一个对象名称相同',
  },
  'reason.dryrun.collision-case': {
    en: 'Same name as another object apart from case (probably rejected; unconfirmed)',
    'zh-CN': '忽略大小写后与另一个对象名称相同（很可能被拒绝；未确认）',
  },
  'reason.target.charset': {
    en: 'Contains characters CloudSSO does not allow',
    'zh-CN': '包含 CloudSSO 不允许的字符',
  },
  'reason.target.too-long': { en: 'Too long', 'zh-CN': '过长' },
  'reason.target.too-short': { en: 'Too short', 'zh-CN': '过短' },
  'reason.target.empty': { en: 'Empty, but required', 'zh-CN': '为空，但该字段必填' },
  'reason.target.null': {
    en: 'Not sent, but required: the object fails to provision',
    'zh-CN': '未发送，但该字段必填：对象无法预配',
  },
  'reason.target.multi-valued': {
    en: 'Several values where CloudSSO takes one',
    'zh-CN': '有多个值，但 CloudSSO 只接受一个',
  },
  'reason.target.invisible-chars': {
    en: 'Contains invisible characters',
    'zh-CN': '包含不可见字符',
  },
  'reason.target.untrimmed': {
    en: 'Starts or ends with white space',
    'zh-CN': '以空白字符开头或结尾',
  },
  'reason.eval': {
    en: 'The expression cannot be evaluated for this row',
    'zh-CN': '表达式无法对该行求值',
  },
});

export type DryRunMessage = Parameters<typeof dryRunText>[0];
