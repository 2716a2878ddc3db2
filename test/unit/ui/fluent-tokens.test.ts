// @vitest-environment node
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/tokens';
import { describe, expect, it } from 'vitest';

/**
 * lib/ui/fluent-tokens.css holds the Fluent design tokens the pages use, as CSS custom properties
 * named like Fluent's own (`--colorNeutralForeground1`), copied from the pinned @fluentui/tokens
 * (a devDependency: only the values ship). This test fails when the file and the package
 * disagree; `npm run tokens:update` rewrites the file from the package.
 */
const FILE = fileURLToPath(new URL('../../../lib/ui/fluent-tokens.css', import.meta.url));
const UPDATE = process.env.UPDATE_TOKENS === '1';
const VERSION = (
  JSON.parse(
    readFileSync(
      new URL('../../../node_modules/@fluentui/tokens/package.json', import.meta.url),
      'utf8',
    ),
  ) as { version: string }
).version;

/** The tokens the pages use; the rest of Fluent's ~450 are left out. */
const USED: readonly (keyof Theme)[] = [
  'colorNeutralForeground1',
  'colorNeutralForeground2',
  'colorNeutralForeground3',
  'colorNeutralForegroundOnBrand',
  'colorNeutralForegroundDisabled',
  'colorNeutralBackground1',
  'colorNeutralBackground1Hover',
  'colorNeutralBackground1Pressed',
  'colorNeutralBackground2',
  'colorNeutralBackground3',
  'colorNeutralBackgroundDisabled',
  'colorSubtleBackgroundHover',
  'colorNeutralStroke1',
  'colorNeutralStroke2',
  'colorNeutralStrokeAccessible',
  'colorNeutralStrokeDisabled',
  'colorBrandBackground',
  'colorBrandBackgroundHover',
  'colorBrandBackgroundPressed',
  'colorBrandBackground2',
  'colorBrandForeground1',
  'colorBrandForegroundLink',
  'colorBrandStroke1',
  'colorStrokeFocus2',
  'colorStatusSuccessForeground1',
  'colorStatusSuccessBackground1',
  'colorPaletteGreenBorder1',
  'colorStatusWarningForeground1',
  'colorStatusWarningBackground1',
  'colorStatusWarningBorder1',
  'colorStatusDangerForeground1',
  'colorStatusDangerBackground1',
  'colorPaletteRedBorder1',
  'fontFamilyBase',
  'fontFamilyMonospace',
  'fontSizeBase200',
  'fontSizeBase300',
  'fontSizeBase400',
  'fontSizeBase500',
  'lineHeightBase200',
  'lineHeightBase300',
  'lineHeightBase400',
  'lineHeightBase500',
  'fontWeightRegular',
  'fontWeightSemibold',
  'borderRadiusMedium',
  'borderRadiusLarge',
  'borderRadiusXLarge',
  'spacingHorizontalXS',
  'spacingHorizontalS',
  'spacingHorizontalM',
  'spacingHorizontalL',
  'spacingVerticalXS',
  'spacingVerticalS',
  'spacingVerticalM',
  'spacingVerticalL',
  'strokeWidthThin',
  'strokeWidthThick',
  'shadow4',
  'shadow8',
];

function block(theme: Theme, indent: string, onlyDiffering?: Theme): string {
  return USED.filter((k) => !onlyDiffering || theme[k] !== onlyDiffering[k])
    .map((k) => `${indent}--${k}: ${String(theme[k])};`)
    .join('\n');
}

function render(): string {
  return [
    `/* Generated from @fluentui/tokens ${VERSION} (webLightTheme, webDarkTheme) by`,
    ' * test/unit/ui/fluent-tokens.test.ts; do not edit: run `npm run tokens:update`.',
    " * Fluent's token names, so a value can be looked up in Fluent's documentation. */",
    ':root {',
    block(webLightTheme, '  '),
    '}',
    '@media (prefers-color-scheme: dark) {',
    '  :root {',
    block(webDarkTheme, '    ', webLightTheme),
    '  }',
    '}',
    '',
  ].join('\n');
}

describe('Fluent design tokens', () => {
  it('lib/ui/fluent-tokens.css holds the pinned package’s values', () => {
    const expected = render();
    if (UPDATE) writeFileSync(FILE, expected);
    expect(readFileSync(FILE, 'utf8')).toBe(expected);
  });

  it('is pinned to an exact version', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
    ) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['@fluentui/tokens']).toBe(VERSION);
  });
});
