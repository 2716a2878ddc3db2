import { describe, expect, it } from 'vitest';
import { read } from './html';

function table(header: string[], rows: string[][]): string {
  return `<div class="next-table"><table class="next-table-header"><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead></table>
    <table class="next-table-body"><tbody>${rows.map((r) => `<tr class="next-table-row">${r.map((c) => `<td><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div>`;
}

describe('Source counts on the list pages', () => {
  it('counts SCIM-synchronized users on an English list', () => {
    const s = read(
      `<h1>Users</h1>${table(
        ['Username', 'Display Name', 'Source', 'Status'],
        [
          ['alice', 'Alice', 'SCIM Synchronization', 'Enabled'],
          ['bob', 'Bob', 'Manually Created', 'Enabled'],
          ['carol', 'Carol', 'SCIM Synchronization <i class="icon">?</i>', 'Disabled'],
        ],
      )}`,
      '/users',
    );
    expect(s.page).toBe('users');
    expect(s.list).toEqual({ kind: 'users', sourceColumn: true, scim: 2, total: 3 });
  });

  it.each([
    ['ZH-CN', '用户组', '来源', 'SCIM同步', '手动创建'],
    ['ZH-TW', '使用者群組', '來源', 'SCIM同步', '手動建立'],
    ['JA', 'グループ', 'ソース', 'SCIM 同期', '手動'],
  ])(
    '%s: counts on the group list found by its heading',
    (_n, heading, column, scimValue, manual) => {
      const s = read(
        `<h1>${heading}</h1>${table(
          ['名称', column],
          [
            ['g1', scimValue],
            ['g2', manual],
            ['g3', scimValue],
          ],
        )}`,
        '/directory/list',
      );
      expect(s.list).toEqual({ kind: 'groups', sourceColumn: true, scim: 2, total: 3 });
    },
  );

  it('does not count the SCIM value in another column, and skips the empty-list row', () => {
    const s = read(
      `${table(['Username', 'Description', 'Source'], [['dave', 'SCIM Synchronization', 'Manually Created']])}
       ${table(['Username', 'Source'], [['<td colspan="2">No data</td>']])}`,
      '/users',
    );
    expect(s.list).toEqual({ kind: 'users', sourceColumn: true, scim: 0, total: 1 });
  });

  it('reports a list without a recognizable Source column', () => {
    const s = read(
      `${table(['Username', 'Origin'], [['erin', 'SCIM Synchronization']])}`,
      '/users',
    );
    expect(s.list).toEqual({ kind: 'users', sourceColumn: false, scim: 1, total: 1 });
  });

  it('reads no list on other pages', () => {
    expect(read(table(['Source'], [['SCIM Synchronization']]), '/setting').list).toBeNull();
  });
});
