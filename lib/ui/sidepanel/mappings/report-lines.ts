import type { Locale } from '../../../i18n';
import { mappingText, type MappingKey } from '../../../i18n/mappings';
import type { MappingCheck, ObjectCheck } from '../../../mappings/check';
import { rowExpression } from '../../../mappings/expression';

/**
 * The Mapping check in the Markdown report: one table row per checked or dropped mapping, then
 * the required mappings and the matching attribute. Mapping text only (attribute names and
 * expressions); no counterexample, so no name beyond the built-in test names gets in.
 */
export function mappingReportLines(
  check: MappingCheck | null,
  locale: Locale | undefined,
  esc: (text: string) => string,
): string[] {
  const say = (key: MappingKey, params?: Record<string, string | number>): string =>
    mappingText(key, params, locale);
  const lines = [`## ${say('md_heading')}`, ''];
  if (!check || (!check.users && !check.groups)) return [...lines, say('md_none')];
  const code = (text: string): string => `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
  lines.push(say('md_columns'), '| --- | --- | --- | --- | --- |');
  const objects = [check.users, check.groups].filter((o): o is ObjectCheck => o !== null);
  for (const o of objects) {
    const who = say(o.object === 'user' ? 'users' : 'groups');
    const rows = [
      ...o.verdicts.map((v) => ({
        index: v.index,
        row: v.row,
        verdict: say(v.verdict === 'proven-safe' ? 'safe' : v.verdict),
      })),
      ...o.unsupported.map((u) => ({ index: u.index, row: u.row, verdict: say('md_dropped') })),
    ].sort((a, b) => a.index - b.index);
    for (const r of rows) {
      lines.push(
        `| ${who} | ${code(r.row.target)} | ${code(rowExpression(r.row))} | ${say(r.row.kind)} | ${r.verdict} |`,
      );
    }
  }
  lines.push('');
  for (const o of objects) {
    const who = say(o.object === 'user' ? 'users' : 'groups');
    for (const p of o.required) {
      lines.push(
        `- ${who}: ${esc(say(p.code as MappingKey, 'source' in p ? { source: p.source } : undefined))}`,
      );
    }
    const m = o.matching;
    lines.push(
      `- ${who}: ${esc(
        m.target === null
          ? say('matchingNone', { expected: m.expected })
          : m.ok
            ? say('matchingOk', { target: m.target })
            : say('matchingWrong', { target: m.target, expected: m.expected }),
      )}`,
    );
  }
  return lines;
}
