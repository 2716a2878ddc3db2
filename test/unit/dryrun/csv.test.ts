import { describe, expect, it } from 'vitest';
import { parseCsv, problemRowsCsv, toCsv } from '@/lib/dryrun';

describe('parseCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks, and drops a byte order mark', () => {
    const text = '\uFEFFid,displayName\r\n1,"Smith, John ""JJ"""\r\n2,"two\nlines"\r\n';
    expect(parseCsv(text)).toEqual({
      headers: ['id', 'displayName'],
      rows: [
        ['1', 'Smith, John "JJ"'],
        ['2', 'two\nlines'],
      ],
      warnings: [],
    });
  });

  it('skips the version line of Entra bulk templates and blank lines', () => {
    const text = 'version:v1.0\nName [displayName] Required,Object Id\n\nAda,1\n\n';
    const table = parseCsv(text);
    expect(table.headers).toEqual(['Name [displayName] Required', 'Object Id']);
    expect(table.rows).toEqual([['Ada', '1']]);
  });

  it('parses in chunks without losing or splitting rows, reporting rising progress to 1', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `${i},"Name ${i}, Jr.",é${i}`);
    const text = `id,displayName,x\n${lines.join('\n')}\n`;
    const progress: number[] = [];
    const table = parseCsv(text, { chunkSize: 97, onProgress: (f) => progress.push(f) });
    expect(table.rows).toHaveLength(500);
    expect(table.rows[499]).toEqual(['499', 'Name 499, Jr.', 'é499']);
    expect(table.rows.every((r, i) => r[0] === String(i))).toBe(true);
    expect(progress.length).toBeGreaterThan(10);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.at(-1)).toBe(1);
  });

  it('reports a malformed row as a warning instead of failing', () => {
    const table = parseCsv('id,displayName\n1,"unclosed\n');
    expect(table.rows.length).toBe(1);
    expect(table.warnings.length).toBeGreaterThan(0);
  });

  it('accepts semicolon-separated files (a spreadsheet saved in a comma-decimal locale)', () => {
    expect(parseCsv('id;displayName\n1;Ada\n').rows).toEqual([['1', 'Ada']]);
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['=1+1', 'x,y'],
        ['@SUM(A1)', 'plain'],
      ],
    );
    expect(csv).toBe('a,b\r\n"\'=1+1","x,y"\r\n"\'@SUM(A1)",plain');
  });

  it('defuses every cell that starts like a formula, also one followed by a line break', () => {
    const cells = ['-Team', '+Sales', '=HYPERLINK("x")\nsecond line', '\tTab', 'a-b', '王小明'];
    const csv = toCsv(
      ['name'],
      cells.map((c) => [c]),
    );
    expect(parseCsv(csv).rows.map((r) => r[0])).toEqual([
      "'-Team",
      "'+Sales",
      '\'=HYPERLINK("x")\nsecond line',
      "'\tTab",
      'a-b',
      '王小明',
    ]);
  });
});

describe('problemRowsCsv', () => {
  it('keeps the file’s columns and adds the value, the codes and the reasons', () => {
    const csv = problemRowsCsv(
      ['id', 'displayName'],
      [
        ['1', 'Ada'],
        ['2', '王小明'],
      ],
      [
        {
          index: 1,
          id: '2',
          inputs: { displayName: '王小明' },
          output: '',
          problems: ['dryrun.empty', 'target.empty'],
          details: ['The value is empty', 'the result is empty'],
        },
      ],
    );
    // A byte order mark first, so Excel reads the file as UTF-8 (Chinese names intact).
    expect(csv.startsWith('\uFEFFid,displayName,')).toBe(true);
    expect(parseCsv(csv)).toEqual({
      headers: ['id', 'displayName', 'CloudSSO value', 'Problem codes', 'Problems'],
      rows: [
        [
          '2',
          '王小明',
          '',
          'dryrun.empty target.empty',
          'The value is empty | the result is empty',
        ],
      ],
      warnings: [],
    });
  });
});
