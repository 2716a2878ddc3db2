import { bench, describe } from 'vitest';
import { lint } from '../../lib/lint/lint';

const SANITIZE =
  'Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^a-zA-Z0-9_.-]", , "", , )';

// One lint = parse + check + one evaluation and rule check per corpus record: what the popup
// does on each keystroke and the CLI per line.
describe('lint over the built-in corpus', () => {
  bench('sanitize recipe, group.displayName (group records)', () => {
    lint(SANITIZE, 'group.displayName');
  });
  bench('sanitize recipe with @, user.userName (user records)', () => {
    lint(
      'Replace(NormalizeDiacritics(StripSpaces([userPrincipalName])), , "[^a-zA-Z0-9_.@-]", , "", , )',
      'user.userName',
    );
  });
});
