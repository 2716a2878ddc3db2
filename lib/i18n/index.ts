/**
 * UI text in English and Simplified Chinese, following the browser's language. Each feature
 * declares its own catalog with `defineMessages`; a missing Chinese entry is a type error.
 */

export type Locale = 'en' | 'zh-CN';

/** The UI locale: Simplified Chinese for any zh language except the Traditional ones, else English. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) {
      return /^zh-(tw|hk|mo|hant)/.test(lower) ? 'en' : 'zh-CN';
    }
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function uiLocale(): Locale {
  const langs =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return pickLocale(langs);
}

type Catalog = Record<string, { en: string; 'zh-CN': string }>;

/**
 * Returns a lookup for one catalog. `{name}` placeholders are replaced by `params`; the result is
 * plain text (render it as text, never as HTML).
 */
export function defineMessages<C extends Catalog>(
  catalog: C,
): (key: keyof C & string, params?: Record<string, string | number>, locale?: Locale) => string {
  return (key, params, locale = uiLocale()) => {
    const template = catalog[key]![locale];
    return params
      ? template.replace(/\{(\w+)\}/g, (m, name: string) =>
          name in params ? String(params[name]) : m,
        )
      : template;
  };
}
