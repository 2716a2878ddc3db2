import type { JSX } from 'preact';
import { lazy, Suspense } from 'preact/compat';

// The Mapping check's section brings the expression engine, its proof and the schema fixer,
// most of the panel's script: it loads after the panel's first paint (docs/performance.md).
const Section = lazy(() => import('./MappingCheck').then((m) => ({ default: m.MappingCheck })));

/** The Mapping check, loaded on its own once the rest of the panel is shown. */
export function MappingCheck(): JSX.Element {
  return (
    <Suspense fallback={null}>
      <Section />
    </Suspense>
  );
}
