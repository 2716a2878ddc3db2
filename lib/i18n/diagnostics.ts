/**
 * The expression engine's findings in Simplified Chinese, rendered from their code and
 * parameters (`Diagnostic.params`, `Violation.params`; `params.v` names a variant). The engine's
 * English `message` is the English text (the CLI prints it). Keys are `code` or `code/v`.
 * test/unit/i18n/diagnostics.test.ts checks that every finding the engine makes on the golden
 * cases and the corpus has its Chinese sentence here, with every placeholder filled.
 */

export type Params = Readonly<Record<string, string | number>>;
type Template = string | ((p: Params) => string);

/** `{name}` placeholders filled from params; a missing one is left as is (the test sees it). */
export function fill(template: Template, params: Params): string {
  if (typeof template === 'function') return template(params);
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

const expectedCount = (p: Params): string =>
  Number(p.max) === -1
    ? `至少 ${p.min} 个参数`
    : p.min === p.max
      ? `${p.min} 个参数`
      : `${p.min} 到 ${p.max} 个参数`;

const FORMAT_KINDS: Record<string, string> = {
  regex: '放在双引号中的正则表达式',
  'datetime-format': '放在双引号中的日期/时间格式，例如 "yyyyMMddHHmmss.fZ"',
  interval: '放在双引号中的间隔："yyyy"、"m"、"d"、"ww"、"h"、"n" 或 "s"',
};

const KEYWORD_PLACES: Record<string, string> = {
  InStr: 'InStr 的第 4 个参数',
  ConvertFromBase64: 'ConvertFromBase64 的第 2 个参数',
  IIF: 'IIF 的分支',
};

const CONNECT_SYNC_ADVICE: Record<string, string> = {
  null: '要不发送任何值，请将 Switch 的默认值留空，或用 IgnoreFlowIfNullOrEmpty(...) 包住表达式。',
  authorizednull: '要不发送任何值，请用 IgnoreFlowIfNullOrEmpty(...) 包住表达式。',
  ignorethisflow:
    '要跳过该属性，请使用 IgnoreFlowIfNullOrEmpty(...)，或把 IgnoreAttributeFlow 作为 IIF 的分支。',
  crlf: '请在带引号的字符串中直接写换行。',
  true: '请写成带双引号的 "True"。',
  false: '请写成带双引号的 "False"。',
  nothing: '要不发送任何值，请用 IgnoreFlowIfNullOrEmpty(...) 包住表达式。',
  empty: '空文字请写 ""。',
};

const join = (p: Params): string =>
  p.v === 'rewrite'
    ? `Entra 没有用于连接文字的“${p.symbol}”运算符。请用 Join("", ...) 把这些值连在一起：${p.rewrite}。`
    : `Entra 没有用于连接文字的“${p.symbol}”运算符。请用 Join("", ...) 把这些值连在一起。`;

/** Diagnostics of the expression (lib/expr), by code or code/variant. */
export const DIAGNOSTICS_ZH: Record<string, Template> = {
  'syntax.unusual-space/remove':
    '表达式在引号外有不可见字符 {char}。Entra 只接受表达式各部分之间的普通空格；请删除它。',
  'syntax.unusual-space/replace':
    '表达式在引号外有特殊空白字符 {char}。Entra 只接受表达式各部分之间的普通空格；请替换为普通空格。',
  'syntax.empty-attribute': '“[]”没有给出属性名。请在方括号中写属性名，例如 [displayName]。',
  'syntax.unclosed-attribute': '属性引用“[{name}”缺少右方括号“]”。请在属性名后加上“]”。',
  'syntax.unclosed-string/curly':
    '这段文字以直引号 " 开始，却似乎以弯引号 {quote} 结束。Entra 只接受直双引号 "；请替换。',
  'syntax.unclosed-string/plain': '这段文字以双引号 " 开始，但一直没有结束。请在文字结束处加上 "。',
  'syntax.single-quotes': "这段文字放在单引号 ' ' 中。Entra 的字符串使用直双引号 \"；请替换。",
  'trap.typographic-quotes/pair':
    '表达式使用了弯引号（{open} {close}）。Entra 只接受直双引号 "；请替换。',
  'trap.typographic-quotes/one': '表达式使用了弯引号（{quote}）。Entra 只接受直双引号 "；请替换。',
  'syntax.bad-hex': '“&H”表示十六进制数，后面必须跟十六进制数字，例如 &HF7。',
  'trap.double-equals': 'Entra 用一个“=”比较，而不是“==”。请把“==”改为“=”。',
  'trap.not-equals': 'Entra 用“<>”表示不等于，而不是“!=”。请把“!=”改为“<>”。',
  'trap.not-operator': 'Entra 没有“!”运算符。要对条件取反，请使用 Not(...)。',
  'trap.not-operator/word': 'Entra 没有 {op} 运算符。请改用函数 Not(...)。',
  'unconfirmed.negative-number':
    '像 {raw} 这样的负数是否能用于 Entra 表达式尚未确认。如果保存失败，请写成带引号的字符串："{raw}"。',
  'trap.connect-sync-parameter':
    '{param} 是 Entra Connect Sync 的语法；预配表达式没有 %参数%。请使用属性（如 [userPrincipalName]）或函数（如 DefaultDomain()）。',
  'syntax.unexpected-char/semicolon': 'Entra 用逗号“,”分隔参数，而不是“;”。',
  'syntax.unexpected-char/bracket': '这个“]”前面没有对应的“[”。属性引用的写法如 [displayName]。',
  'syntax.unexpected-char/other':
    '字符 {char} 不能出现在引号外。文字请放在双引号中，属性名放在 [ ] 中。',
  'trap.arithmetic':
    'Entra 表达式没有算术运算，因此“{char}”不能出现在引号外。文字请放在双引号中，例如 "{char}"。',
  'syntax.too-long': '此表达式有 {length} 个字符；Entra 最多接受 {max} 个。',
  'syntax.empty': '表达式为空。请写一个函数调用、一个属性（如 [displayName]）或一段带引号的文字。',
  'syntax.grouping': 'Entra 没有用于分组的括号；“(”只能跟在函数名后面。请删除这对括号。',
  'syntax.missing-value/comparison': '比较运算“{op}”的两边都需要值。',
  'syntax.missing-value/end': '表达式在需要值的地方结束了。',
  'syntax.missing-value/before': '“{token}”之前需要一个值。',
  'syntax.chained-comparison':
    '每个值只能有一个比较，且 Entra 没有 AND/OR。要测试多个条件，请嵌套 IIF。',
  'syntax.missing-comma': (p) =>
    p.token === ''
      ? `${p.name || '此调用'} 的两个参数之间缺少“,”（在表达式末尾之前）。`
      : `${p.name || '此调用'} 的两个参数之间缺少“,”（在“${p.token}”之前）。`,
  'syntax.missing-paren': (p) =>
    Number(p.n) === 1
      ? `“${p.names}”没有闭合：末尾缺少一个“)”。`
      : `末尾缺少 ${p.n} 个“)”（对应 ${p.names}）。`,
  'syntax.extra-paren/end': (p) =>
    Number(p.n) === 1 ? '末尾多了一个“)”。' : `末尾多了 ${p.n} 个“)”。`,
  'syntax.extra-paren/early': (p) =>
    `这个“)”过早地结束了${p.name ? ` ${p.name}` : '表达式'}，之后的文字成了多余部分。请删除它或将它移到末尾。`,
  'syntax.trailing-text/comma':
    '表达式是单个值，但这里后面还有“,”。要组合多个值，请用 Join("", ...) 把它们包起来。',
  'syntax.trailing-text/token':
    '表达式应在此结束，但后面还有“{token}”。表达式是单个值；请用 Join 之类的函数组合多个值。',
  'syntax.too-deep': '此表达式的嵌套超过 {max} 层；从这里开始的部分不再检查。',
  'trap.and-or/or':
    'Entra 表达式没有“{word}”运算符。要测试“A 或 B”，请在假分支中嵌套 IIF：IIF(A, x, IIF(B, x, y))。',
  'trap.and-or/and':
    'Entra 表达式没有“{word}”运算符。要测试“A 且 B”，请在真分支中嵌套 IIF：IIF(A, IIF(B, x, y), y)。',
  'trap.ampersand/rewrite': join,
  'trap.ampersand/plain': join,
  'trap.plus/rewrite': join,
  'trap.plus/plain': join,
  'trap.plus/mixed':
    'Entra 也没有“+”运算符，既不能用它连接文字，也不能用它相加。请把这些值都放进一个 Join("", ...)。',

  'call.unknown-function/plain': '“{name}”不是 Entra 函数。',
  'call.unknown-function/guess': '“{name}”不是 Entra 函数。你是否想用 {use}？',
  'call.function-case':
    '请写 {use}，而不是 {name}：Entra 文档中的函数名区分大小写，其他大小写是否可用尚未确认。',
  'context.cloud-sync-only': '{name} 只在 Entra Cloud Sync 中有文档；在应用预配中可能无效。',
  'context.graph-sample-only':
    '{name} 只出现在 Microsoft Graph 的函数列表中，文档中没有；它能否用于映射尚未确认。',
  'call.unconfirmed': 'Microsoft 尚未确认 {name} 的部分行为；本扩展按最可能的理解求值。',
  'call.missing-argument': '{name} 的 {param}（第 {n} 个参数）是必填的，但此处为空。',
  'call.switch-pairs':
    'Switch 依次接受源、默认值（可为空）和若干键/值对，因此参数个数必须是偶数；此处有 {n} 个，最后一个键没有值。',
  'call.too-few-args/plain': (p) =>
    `${p.name}(${p.signature}) 需要${expectedCount(p)}，但此调用只有 ${p.n} 个。`,
  'call.too-few-args/slots': (p) =>
    `${p.name}(${p.signature}) 需要${expectedCount(p)}，但此调用只有 ${p.n} 个。Entra 要求写出每个参数槽；不用的请留空。`,
  'call.too-many-args': (p) =>
    `${p.name}(${p.signature}) 需要${expectedCount(p)}，但此调用有 ${p.n} 个。`,
  'trap.format-datetime-arity':
    'FormatDateTime 的文档写法有 4 个参数槽：(source, dateTimeStyles, inputFormat, outputFormat)。部分 Microsoft 示例中的 3 参数写法存在争议（entra-docs#69）；请改为将 dateTimeStyles 留空。',
  'arg.wrong-kind/regex': (p) =>
    `${p.fn} 的 ${p.slot} 需要${FORMAT_KINDS.regex}，而不是数字 ${p.raw}。`,
  'arg.wrong-kind/datetime-format': (p) =>
    `${p.fn} 的 ${p.slot} 需要${FORMAT_KINDS['datetime-format']}，而不是数字 ${p.raw}。`,
  'arg.wrong-kind/interval': (p) =>
    `${p.fn} 的 ${p.slot} 需要${FORMAT_KINDS.interval}，而不是数字 ${p.raw}。`,
  'arg.not-a-number': '{fn} 的 {slot} 需要一个数字，但 {raw} 不是数字。',
  'arg.bad-interval/vb':
    '间隔 {raw} 是 Entra 没有记录的 VB 代码；请使用 "yyyy"、"m"、"d"、"ww"、"h"、"n"、"s" 之一。',
  'arg.bad-interval/unknown':
    '{fn} 的 {slot} 必须是 "yyyy"、"m"、"d"、"ww"、"h"、"n"、"s" 之一（区分大小写："m" 为月，"n" 为分钟）；{raw} 不是。',
  'arg.not-a-boolean': '{fn} 的 {slot} 需要 "True" 或 "False"；{raw} 会被当作 True。',
  'arg.quoted-keyword': '{fn} 的 {slot} 需要不带引号的单词，例如 {word}。',
  'unconfirmed.hex':
    '像 {raw} 这样的十六进制数只在 BitAnd 中有文档；在其他地方请写十进制数 {value}。',
  'arg.item-index-zero': 'Item 从 1 开始计数：索引 1 是第一个值。不应使用索引 0。',
  'trap.flow-as-condition': '{word} 是流程信号，不是条件；它只能作为 IIF 的第 2 或第 3 个参数。',
  'trap.flow-as-condition/wrapper':
    'IgnoreFlowIfNullOrEmpty 绝不能用在 IIF 条件中。请改为用它包住整个表达式，例如 IgnoreFlowIfNullOrEmpty([country])。',
  'keyword.misplaced/InStr': `{word} 只在${KEYWORD_PLACES.InStr}中有文档；在这里 Entra 可能把它当作普通文字。`,
  'keyword.misplaced/ConvertFromBase64': `{word} 只在${KEYWORD_PLACES.ConvertFromBase64}中有文档；在这里 Entra 可能把它当作普通文字。`,
  'keyword.misplaced/IIF': `{word} 只在${KEYWORD_PLACES.IIF}中有文档；在这里 Entra 可能把它当作普通文字。`,
  'keyword.case': '请写 {use}，而不是 {word}。',
  ...Object.fromEntries(
    Object.entries(CONNECT_SYNC_ADVICE).map(([v, advice]) => [
      `trap.connect-sync-constant/${v}`,
      `{word} 是 Entra Connect Sync 的常量；预配表达式中没有它，会把它当作文字 "{word}"。${advice}`,
    ]),
  ),
  'keyword.unknown/plain': '{fn} 的 {slot} 不接受 {word}。',
  'keyword.unknown/instr':
    '{fn} 的 {slot} 不接受 {word}。请使用 vbTextCompare（忽略大小写）或 vbBinaryCompare（区分大小写）。',
  'arg.bare-word/attribute':
    '{word} 没有方括号或引号。要读取属性请写 [{attribute}]；要表示文字请写 "{word}"。',
  'arg.bare-word/unknown':
    '{word} 没有方括号或引号：属性请写 [{word}]，文字请写 "{word}"。不带括号和引号的单词能否用于 Entra 尚未确认。',
  'trap.switch-presence-source':
    'Microsoft 不建议把 {fn} 用作 Switch 的源（其文档前后矛盾，azure-docs#115174）。请直接对属性本身使用 Switch，并用 "" 键处理为空的情况。',
  'trap.switch-null/empty-key':
    '当源为空时，此 Switch 不返回任何值（值槽为空），Entra 不会发送该属性。',
  'trap.switch-null/key':
    '当源为 {key} 时，此 Switch 不返回任何值（值槽为空），Entra 不会发送该属性。',
  'trap.switch-null/default':
    '当 {source} 不匹配任何键时，此 Switch 不返回任何值（默认值为空），Entra 不会发送该属性。如果该属性必须始终有值，请在默认值槽中填写一个值。',
  'trap.switch-null-bug':
    '已知的 Entra 缺陷：以 Entra ID 为源时，带默认值的 Switch 可能在无关属性变化后得到空值，从而清除目标中的值。Microsoft 的解决办法是用 IgnoreFlowIfNullOrEmpty(...) 包住整个表达式。',
  'attr.case':
    '属性名区分大小写：Entra 中该属性叫 {use}，而不是 [{name}]。大小写错误时，保存映射会因 SchemaInvalid 失败。',
  'attr.unusual-name':
    '[{name}] 看起来不像属性名：属性名只含字母、数字以及“.”“_”“:”“-”。请对照源架构检查拼写。',
  'attr.app-role-assignments':
    '[appRoleAssignments] 不应直接映射；请通过 SingleAppRoleAssignment、AppRoleAssignmentsComplex 或 AssertiveAppRoleAssignmentsComplex 读取。',
  'arg.role-source': '{fn} 的文档只使用参数 [appRoleAssignments]。',
  'call.replace-empty-old-value':
    'Replace 不能查找空文字：oldValue 为 ""。如果想做正则替换，请将该槽留空。',
  'call.replace-mode/ambiguous':
    '此 Replace 填写了第 {slots} 个槽，多于模式 {modes} 所需的（第 {needs} 个槽）。此时 Entra 选用哪种模式没有文档说明；请将多余的槽留空。',
  'call.replace-mode/none':
    '此 Replace 填写的槽（第 {slots} 个）不属于任何模式。请填写 oldValue + replacementValue（文字替换），或 oldValue + template，或 regexPattern + replacementValue（正则替换），或 regexPattern + regexGroupName + replacementValue，或 regexPattern + regexGroupName + replacementAttributeName。',
  'placement.top-level-only/hard':
    '{fn} 必须包住整个表达式；此处它位于 {parent}(...) 之内。Entra 不允许嵌套它。',
  'placement.top-level-only/soft':
    '{fn} 必须包住整个表达式；此处它位于 {parent}(...) 之内。嵌套时它的效果尚未确认。',
  'context.select-unique-value':
    'SelectUniqueValue 只在从 Workday、SuccessFactors 或入站预配 API 预配到本地 Active Directory 时有效。CloudSSO 这类 SCIM 应用无法这样检查唯一性；请改用 [objectId] 的一部分作为后缀使值唯一。',
  'trap.single-backslash/regex':
    '请写 "\\{escape}"，正则表达式才会收到 {escape}：在 Entra 字符串中反斜杠必须写两次，单个“{escape}”没有定义。',
  'trap.single-backslash/text':
    '“{escape}”不是 Entra 字符串中定义的转义（只有 \\" 和 \\\\ 是）。要表示反斜杠后跟“{next}”，请写 "\\{escape}"。',
  'mapping.bare-operand/direct':
    '此表达式只是属性 [{name}]。在 Entra 中这是“直接”映射：映射类型选“直接”，源属性选 {name}。',
  'mapping.bare-operand/constant':
    '此表达式只是一个常量。在 Entra 中这是“常量”映射：映射类型选“常量”，然后输入该值。',
  'trap.iif-null-attribute/plain':
    '如果 {ref} 为空或不存在，Entra 无法计算此 IIF 条件，该对象的预配会失败。请在条件中使用 Coalesce({ref}, "")，或使用带 "" 键的 Switch。',
  'trap.iif-null-attribute/presence':
    'Microsoft 的文档说明，即使放在 {fn} 中，{ref} 为空时 IIF 也会失败（另一页面却推荐这样写，entra-docs#120）。安全的写法是 Switch({ref}, <有值时的值>, "", <为空时的值>)。',
  'call.misplaced-comparison/switch':
    '比较只在 IIF 的条件或 CBool 的参数中有文档。Switch 会自己把源与每个键比较：Switch([attr], default, "key", value, ...)。',
  'call.misplaced-comparison/alone':
    '比较只在 IIF 的条件或 CBool 的参数中有文档。单独使用时它只得到 "True" 或 "False"；请把它放在 IIF(条件, 是, 否) 中。',
  'call.misplaced-comparison/inside':
    '比较只在 IIF 的条件或 CBool 的参数中有文档。要选择一个值请用 IIF(条件, 是, 否)，要得到 "True"/"False" 请用 CBool(...)。',
  'regex.syntax': '正则表达式在“{part}”处有语法错误，Entra（.NET）不会接受它。',
  'regex.unsupported': '正则表达式中的“{part}”是有效的 .NET 写法，但本扩展无法准确求值。',
  'regex.unset-backreference': '正则表达式中的“{part}”引用了尚未匹配的分组。',
  'regex.catastrophic-backtracking':
    '“{part}”中的嵌套重复在不匹配的长输入上会灾难性回溯（步骤数呈指数增长）。请简化该模式；求值时会拒绝较长的输入。',
  'regex.polynomial-backtracking':
    '“{part}”中的 {k} 个重复都能匹配相同的字符，在不匹配的长输入上约需 n^{k} 步。请把匹配相同字符的重复合并为一个；求值时会拒绝较长的输入。',
  'regex.unicode-shorthand':
    '在 .NET 中，\\w、\\d 和 \\b 识别 Unicode：\\w 匹配所有文字的字母（é、ß、中），\\d 匹配所有文字的数字。如果只要 ASCII，请用 [A-Za-z0-9_] 或 [0-9]。',
};

/** Titles of the one-click fixes, by code or code/variant. */
export const SUGGESTIONS_ZH: Record<string, Template> = {
  'syntax.unusual-space/remove': '删除不可见字符',
  'syntax.unusual-space/replace': '替换为普通空格',
  'syntax.unclosed-attribute': '补上缺少的“]”',
  'syntax.single-quotes': '改用直双引号',
  'trap.typographic-quotes/pair': '改用直双引号',
  'trap.typographic-quotes/one': '改用直双引号',
  'trap.double-equals': '改用“=”',
  'trap.not-equals': '改用“<>”',
  'trap.not-operator/word': '改用 Not(...)',
  'unconfirmed.negative-number': '写成带引号的字符串',
  'syntax.unexpected-char/semicolon': '改用“,”',
  'syntax.unexpected-char/bracket': '删除“]”',
  'syntax.grouping': '删除括号',
  'syntax.missing-comma': '插入“,”',
  'syntax.missing-paren': (p) => (Number(p.n) === 1 ? '补上“)”' : `补上 ${p.n} 个“)”`),
  'syntax.extra-paren/end': '删除多余的“)”',
  'syntax.extra-paren/early': '删除这个“)”',
  'trap.ampersand/rewrite': '改写为 Join',
  'trap.plus/rewrite': '改写为 Join',
  'call.unknown-function/guess': '改用 {use}',
  'call.function-case': '改用 {use}',
  'call.too-few-args/slots': '补上空参数槽',
  'call.too-many-args': '删除多余的空参数槽',
  'trap.format-datetime-arity': '改用 4 参数槽的写法',
  'arg.bad-interval/unknown': '改用 {use}',
  'arg.quoted-keyword': '去掉引号',
  'unconfirmed.hex': '改用 {use}',
  'arg.item-index-zero': '改用 1',
  'keyword.case': '改用 {use}',
  'trap.connect-sync-constant/true': '加上引号',
  'trap.connect-sync-constant/false': '加上引号',
  'arg.bare-word/attribute': '改用属性 [{attribute}]',
  'arg.bare-word/unknown': '加上引号',
  'trap.switch-null-bug': '用 IgnoreFlowIfNullOrEmpty 包住',
  'attr.case': '改用 {use}',
  'attr.unusual-name': '删除空格',
  'arg.role-source': '改用 {use}',
  'trap.single-backslash/regex': '把反斜杠写两次',
  'trap.single-backslash/text': '把反斜杠写两次',
  'trap.iif-null-attribute/plain': '默认设为 ""',
};

/** Why a value breaks a CloudSSO rule (lib/lint check-output), by code or code/variant. */
export const VIOLATIONS_ZH: Record<string, Template> = {
  'target.multi-valued': '结果有 {n} 个值（{values}）；CloudSSO 的 {field} 只接受一个',
  'target.null/user':
    '结果为 null，因此 Entra 不发送 {attribute}，该用户无法预配（CloudSSO 的 {field} 为必填）',
  'target.null/group':
    '结果为 null，因此 Entra 不发送 {attribute}，该用户组无法预配（CloudSSO 的 {field} 为必填）',
  'target.empty/rejected': '结果为空；CloudSSO 的 {field} 至少需要 {min} 个字符',
  'target.empty/maybe': '结果为空；CloudSSO 的 {field} 可能拒绝空值（文档未说明）',
  'target.too-long': '结果有 {length} 个字符；CloudSSO 的 {field} 最多允许 {max} 个',
  'target.too-short': '结果有 {length} 个字符；CloudSSO 的 {field} 至少需要 {min} 个',
  'target.charset': (p) =>
    `结果包含 CloudSSO 的 ${p.field} 不允许的字符：${p.chars}${Number(p.more) > 0 ? ` 等（另有 ${p.more} 个）` : ''}`,
  'target.invisible-chars': '结果包含不可见字符：{chars}',
  'target.untrimmed': '结果以空白字符开头或结尾',
  'target.object-skipped':
    '该 null 来自 IgnoreObjectFlow：Entra 会跳过此对象，因此它根本不会预配到 CloudSSO',
  'target.collision':
    '与 {others} 得到相同的值（忽略大小写），而 CloudSSO 的 {field} 在目录中必须唯一',
};

/** Why evaluating the expression failed for an object (lib/expr eval), by code. */
export const EVAL_ERRORS_ZH: Record<string, Template> = {
  'eval.syntax': '表达式的这一部分无法读取。',
  'eval.unknown-function': 'Entra 没有这个函数。',
  'eval.arity': '函数的参数个数不对。',
  'eval.argument': '某个参数的值无效，Entra 对此对象求值会失败。',
  'eval.invalid-date': '某个日期 Entra 无法读取，或超出了允许的年份范围。',
  'eval.iif-null-attribute': 'IIF 条件读取的属性为空，Entra 无法计算该条件。',
  'eval.multi-value': '此处需要单个值，但属性有多个值。',
  'eval.no-default-domain': '没有设置默认域名，无法计算 DefaultDomain()。',
  'eval.out-of-range': '某个数值超出了允许的范围。',
  'eval.regex-invalid': '正则表达式无效。',
  'eval.regex-risky': '正则表达式在如此长的输入上可能灾难性回溯，本工具拒绝对它求值。',
  'eval.regex-unsupported': '本工具无法准确模拟此正则表达式。',
  'eval.replace-mode': 'Replace 填写的参数槽不属于任何模式。',
  'eval.error-function': '表达式调用了 Error()，Entra 会让此对象失败。',
  'eval.flow-signal': '流程信号出现在不能使用的位置。',
  'eval.budget-exceeded': '求值超过了本工具的时间预算。',
  'eval.timeout': '求值超时，本工具停止了它。',
  'eval.internal': '本工具在求值时出错。',
};
