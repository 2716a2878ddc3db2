import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../../../lib/cli/run';

/**
 * docs/cli.md cannot drift from the CLI: every command and option the CLI's own help lists is
 * documented, and the page documents nothing the help does not list. The parsing is loose on
 * purpose: a new command needs only a `## scim-expr NAME` section and its options named in it.
 */

const DOC = readFileSync('docs/cli.md', 'utf8');

async function help(argv: string[]): Promise<string> {
  const lines: string[] = [];
  const io: CliIO = {
    stdin: (async function* () {})(),
    out: async (line) => {
      lines.push(line);
    },
    err: (line) => lines.push(line),
    supervisor: () => {
      throw new Error('help must not start an evaluation');
    },
  };
  const code = await runCli(argv, io);
  expect(code, `scim-expr ${argv.join(' ')} exits 0`).toBe(0);
  return lines.join('\n');
}

/** Commands from the help's usage lines: `  scim-expr NAME ...`. */
function commandsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/^\s*scim-expr\s+([a-z][a-z-]*)\b/gm)].map((m) => m[1]!));
}

/** Every long option named anywhere in the text. */
function optionsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => `--${m[1]!}`));
}

/** `## scim-expr NAME` headings (any level from 2 down). */
function documentedCommands(doc: string): Set<string> {
  return new Set([...doc.matchAll(/^#{2,4}\s+`?scim-expr\s+([a-z][a-z-]*)/gm)].map((m) => m[1]!));
}

const sorted = (s: Set<string>): string[] => [...s].sort();

describe('docs/cli.md against the CLI help', () => {
  it('documents exactly the commands the help lists, each in its own section', async () => {
    const commands = commandsIn(await help(['--help']));
    expect(commands.size).toBeGreaterThan(0);
    expect(sorted(documentedCommands(DOC))).toEqual(sorted(commands));
  });

  it('documents exactly the options the help lists, for the tool and for each command', async () => {
    const top = await help(['--help']);
    const texts = [top];
    for (const command of commandsIn(top)) texts.push(await help([command, '--help']));
    // The help flag itself is always there, whether or not the help text names it.
    const options = new Set(['--help', ...texts.flatMap((t) => [...optionsIn(t)])]);
    expect(options).toContain('--now');
    expect(options).toContain('--context');
    expect(sorted(optionsIn(DOC))).toEqual(sorted(options));
  });

  it('documents every exit status the CLI uses', () => {
    for (const code of [0, 1, 2])
      expect(DOC).toMatch(new RegExp(`^\\|\\s*\\*\\*${code}\\*\\*\\s*\\|`, 'm'));
  });

  it('lists every lint target the help lists', async () => {
    const line = /^Targets: (.+)$/m.exec(await help(['--help']))?.[1];
    expect(line).toBeDefined();
    for (const id of line!.split(/,\s*/)) expect(DOC).toContain(`\`${id}\``);
  });
});
