import { defineMessages } from './index';

/** Text of the linter (popup and side panel) in English and Simplified Chinese. */
export const linterText = defineMessages({
  expression: { en: 'Expression', 'zh-CN': '表达式' },
  expressionHint: {
    en: 'Paste or type an Entra attribute-mapping expression. It is checked as you type.',
    'zh-CN': '粘贴或输入 Entra 属性映射表达式，输入时即检查。',
  },
  target: { en: 'Target attribute', 'zh-CN': '目标属性' },
  copyExpression: { en: 'Copy expression', 'zh-CN': '复制表达式' },
  copyFailed: { en: 'Copy failed', 'zh-CN': '复制失败' },
  copyOutputOf: { en: 'Copy output for {name}', 'zh-CN': '复制 {name} 的结果' },

  noProblems: { en: 'No problems', 'zh-CN': '没有问题' },
  typeSomething: {
    en: 'Type or paste an expression to check it.',
    'zh-CN': '输入或粘贴表达式以进行检查。',
  },
  errors: { en: '{n} errors', 'zh-CN': '{n} 个错误' },
  error1: { en: '1 error', 'zh-CN': '1 个错误' },
  warnings: { en: '{n} warnings', 'zh-CN': '{n} 个警告' },
  warning1: { en: '1 warning', 'zh-CN': '1 个警告' },
  infos: { en: '{n} notes', 'zh-CN': '{n} 条提示' },
  info1: { en: '1 note', 'zh-CN': '1 条提示' },
  rowsFail: {
    en: '{n} of {total} test names fail',
    'zh-CN': '{total} 个测试名称中有 {n} 个不通过',
  },
  rowsWarn: {
    en: '{n} test names pass with a warning',
    'zh-CN': '{n} 个测试名称通过但有警告',
  },
  'verdict.unsafe': { en: 'CloudSSO will reject some names', 'zh-CN': 'CloudSSO 会拒绝部分名称' },
  'verdict.unknown': {
    en: 'not proven that CloudSSO accepts every name',
    'zh-CN': '未能证明 CloudSSO 接受所有名称',
  },
  'verdict.proven-safe': { en: 'CloudSSO will always accept it', 'zh-CN': 'CloudSSO 始终会接受它' },
  stopped: {
    en: 'Checking stopped after {seconds} s',
    'zh-CN': '检查在 {seconds} 秒后被中止',
  },
  checkFailed: { en: 'Checking failed: {message}', 'zh-CN': '检查失败：{message}' },
  workerFailed: {
    en: 'Checking failed: the linter’s background worker could not start or stopped unexpectedly{detail}. Reopen this page to try again.',
    'zh-CN': '检查失败：检查器的后台线程无法启动或意外停止{detail}。请重新打开此页面后重试。',
  },
  workerBadReply: {
    en: 'Checking failed: the linter’s background worker sent a reply this page cannot read ({detail}). Reopen this page to try again.',
    'zh-CN':
      '检查失败：检查器的后台线程返回了此页面无法读取的结果（{detail}）。请重新打开此页面后重试。',
  },
  workerDetail: { en: ' ({detail})', 'zh-CN': '（{detail}）' },

  diagnosticsHeading: { en: 'Problems in the expression', 'zh-CN': '表达式中的问题' },
  noDiagnostics: {
    en: 'Entra would accept this expression as written.',
    'zh-CN': 'Entra 会接受这个表达式。',
  },
  'severity.error': { en: 'Error', 'zh-CN': '错误' },
  'severity.warning': { en: 'Warning', 'zh-CN': '警告' },
  'severity.info': { en: 'Note', 'zh-CN': '提示' },
  lineColumn: { en: 'Line {line}, column {column}', 'zh-CN': '第 {line} 行，第 {column} 列' },
  showInExpression: {
    en: 'Select line {line}, column {column} in the expression',
    'zh-CN': '在表达式中选中第 {line} 行第 {column} 列',
  },
  apply: { en: 'Apply: {title}', 'zh-CN': '应用：{title}' },
  timeoutAnalysis: {
    en: 'Reading the expression took longer than {seconds} s and was stopped, before any test name was evaluated. The problems listed above, if any, still apply.',
    'zh-CN':
      '读取表达式超过 {seconds} 秒，已被中止，尚未对任何测试名称求值。上面列出的问题（如有）仍然有效。',
  },
  timeoutSlow: {
    en: 'Evaluating took longer than {seconds} s and was stopped{row}. The problems listed above still apply; a shorter expression or fewer test values of your own may help.',
    'zh-CN':
      '求值超过 {seconds} 秒，已被中止{row}。上面列出的问题仍然有效；缩短表达式或减少自己的测试值可能会有帮助。',
  },
  timeoutExplained: {
    en: 'Evaluating took longer than {seconds} s and was stopped{row}. A regular expression in a Replace probably backtracks catastrophically (nested quantifiers such as (a+)+). Simplify the pattern; the problems listed above still apply.',
    'zh-CN':
      '求值超过 {seconds} 秒，已被中止{row}。Replace 中的正则表达式很可能出现灾难性回溯（例如 (a+)+ 这类嵌套量词）。请简化该模式；上面列出的问题仍然有效。',
  },
  timeoutRow: { en: ' at the test name “{row}”', 'zh-CN': '（测试名称“{row}”）' },

  verdictHeading: { en: 'Verdict', 'zh-CN': '结论' },
  'verdictTitle.unsafe': {
    en: 'CloudSSO will reject some names',
    'zh-CN': 'CloudSSO 会拒绝部分名称',
  },
  'verdictTitle.unknown': {
    en: 'Not proven: CloudSSO may reject some names',
    'zh-CN': '未能证明：CloudSSO 可能拒绝部分名称',
  },
  'verdictTitle.proven-safe': {
    en: 'CloudSSO will always accept it',
    'zh-CN': 'CloudSSO 始终会接受它',
  },
  lossesHeading: { en: 'What it does to the names', 'zh-CN': '它对名称的影响' },
  lossDropped: {
    en: 'Drops letters from {n} test names, e.g. “{input}” → “{output}”.',
    'zh-CN': '删掉了 {n} 个测试名称中的字母，例如“{input}”→“{output}”。',
  },
  lossMerged: {
    en: 'Different names become the same in {n} cases, e.g. {inputs} → “{output}”.',
    'zh-CN': '有 {n} 处不同的名称变成了相同的结果，例如 {inputs} →“{output}”。',
  },
  lossFallback: {
    en: 'Uses the fallback for {n} test names, e.g. “{input}” → “{output}”.',
    'zh-CN': '有 {n} 个测试名称使用了备用值，例如“{input}”→“{output}”。',
  },
  lossNone: {
    en: 'Keeps every letter of every test name, and no two names meet.',
    'zh-CN': '保留了所有测试名称的全部字母，且没有两个名称变成相同。',
  },
  notesHidden1: {
    en: 'A note on behaviour Microsoft does not document is under Details.',
    'zh-CN': '有 1 条关于 Microsoft 未记录行为的提示，见“详细信息”。',
  },
  notesHidden: {
    en: '{n} notes on behaviour Microsoft does not document are under Details.',
    'zh-CN': '有 {n} 条关于 Microsoft 未记录行为的提示，见“详细信息”。',
  },
  code: { en: 'Code: {code}', 'zh-CN': '代码：{code}' },
  showPassing: { en: 'Show the {n} test names that pass', 'zh-CN': '显示通过的 {n} 个测试名称' },
  hidePassing: { en: 'Hide the test names that pass', 'zh-CN': '隐藏通过的测试名称' },
  notEvaluated: {
    en: 'Fix the errors first: Entra would not accept the expression, so it was not evaluated.',
    'zh-CN': '请先修正错误：Entra 不会接受该表达式，因此未进行求值。',
  },
  breakingInput: { en: 'Input that breaks it', 'zh-CN': '导致失败的输入' },
  gives: { en: 'gives', 'zh-CN': '得到' },
  why: { en: 'why', 'zh-CN': '原因' },
  proofSays: { en: 'Why: {reason}', 'zh-CN': '原因：{reason}' },
  proofPart: {
    en: 'The part that defeated the proof: {part}',
    'zh-CN': '无法证明的部分：{part}',
  },
  facts: {
    en: 'Possible results: {min} to {max} characters; characters: {chars}{extras}.',
    'zh-CN': '可能的结果：{min} 到 {max} 个字符；字符：{chars}{extras}。',
  },
  factsNull: { en: '; may be null (not sent)', 'zh-CN': '；可能为 null（不发送）' },
  factsEmpty: { en: '; may be empty', 'zh-CN': '；可能为空' },
  factsMulti: { en: '; may have several values', 'zh-CN': '；可能有多个值' },
  unlimited: { en: 'unlimited', 'zh-CN': '无上限' },

  fixHeading: { en: 'A fix CloudSSO will always accept', 'zh-CN': 'CloudSSO 始终会接受的修正' },
  yours: { en: 'Yours', 'zh-CN': '你的表达式' },
  fix: { en: 'Fix', 'zh-CN': '修正' },
  uniqueFix: {
    en: 'Fix that keeps names unique (adds part of objectId)',
    'zh-CN': '保持名称唯一的修正（附加 objectId 的一部分）',
  },
  useFix: { en: 'Use this fix', 'zh-CN': '使用此修正' },
  useUniqueFix: { en: 'Use the unique variant', 'zh-CN': '使用唯一变体' },
  copyFix: { en: 'Copy fix', 'zh-CN': '复制修正' },
  copyUniqueFix: { en: 'Copy unique variant', 'zh-CN': '复制唯一变体' },
  changesCaption: {
    en: 'What the fix changes for the test names',
    'zh-CN': '修正对测试名称的改变',
  },
  input: { en: 'Input', 'zh-CN': '输入' },
  before: { en: 'Yours gives', 'zh-CN': '你的表达式得到' },
  after: { en: 'Fix gives', 'zh-CN': '修正后得到' },
  noChanges: {
    en: 'The fix gives the same result for every test name.',
    'zh-CN': '对所有测试名称，修正的结果都相同。',
  },

  corpusHeading: { en: 'Test names', 'zh-CN': '测试名称' },
  corpusCaption: {
    en: '{total} test objects ({fail} fail), failures first',
    'zh-CN': '{total} 个测试对象（{fail} 个不通过），不通过的排在前面',
  },
  colTest: { en: 'Test name', 'zh-CN': '测试名称' },
  colInput: { en: 'Input', 'zh-CN': '输入' },
  colOutput: { en: 'Output', 'zh-CN': '输出' },
  colResult: { en: 'Result', 'zh-CN': '结果' },
  pass: { en: 'Pass', 'zh-CN': '通过' },
  fail: { en: 'Fail', 'zh-CN': '不通过' },
  passWithWarning: { en: 'Pass, with a warning', 'zh-CN': '通过，但有警告' },
  notSent: { en: '(null: not sent)', 'zh-CN': '（null：不发送）' },
  emptyString: { en: '(empty)', 'zh-CN': '（空）' },
  cannotEvaluate: { en: '(cannot be evaluated)', 'zh-CN': '（无法求值）' },
  notSet: { en: '(not set)', 'zh-CN': '（未设置）' },
  noAttributes: { en: '(no attribute set)', 'zh-CN': '（未设置任何属性）' },
  ownSample: { en: 'your sample', 'zh-CN': '你的样例' },

  samples: { en: 'Your own test values', 'zh-CN': '你自己的测试值' },
  samplesHint: {
    en: 'One per line; each line is a value of [{attr}]. For several attributes write a JSON object, e.g. {"givenName": "Ana", "surname": "Ruiz"}.',
    'zh-CN':
      '每行一个；每行是 [{attr}] 的值。若要设置多个属性，请写 JSON 对象，例如 {"givenName": "Ana", "surname": "Ruiz"}。',
  },

  openSidePanel: { en: 'Open side panel', 'zh-CN': '打开侧边栏' },
  sidePanelOpened: { en: 'Side panel opened.', 'zh-CN': '侧边栏已打开。' },
  sidePanelMissing: {
    en: 'The side panel is not available in this browser.',
    'zh-CN': '此浏览器不支持侧边栏。',
  },
  sidePanelFailed: {
    en: 'Could not open the side panel: {message}',
    'zh-CN': '无法打开侧边栏：{message}',
  },
  linterRegion: { en: 'Expression linter', 'zh-CN': '表达式检查' },
  linterIntro: {
    en: 'Will this mapping work for every name? Check an expression against CloudSSO’s rules, then run it over your exported users or groups.',
    'zh-CN':
      '这个映射对所有名称都有效吗？根据 CloudSSO 的规则检查表达式，然后在导出的用户或用户组上试运行。',
  },
  handoffApplied: {
    en: 'The recommended expression is in the linter.',
    'zh-CN': '推荐的表达式已放入检查器。',
  },
});
