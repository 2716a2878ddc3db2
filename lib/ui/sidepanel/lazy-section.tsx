import type { ComponentType, JSX } from 'preact';
import { lazy, Suspense } from 'preact/compat';
import { commonText } from '../../i18n/common';
import { Message } from '../common/Message';

/** Said in place of a section whose code could not be loaded. */
function Unavailable(): JSX.Element {
  return <Message tone="warn">{commonText('sectionUnavailable')}</Message>;
}

/**
 * A side-panel section loaded with import() after the panel's first paint (docs/performance.md).
 * A panel left open across an extension update asks for a file that is gone: it says so, and the
 * rest of the panel stays.
 */
export function lazySection(load: () => Promise<ComponentType>): () => JSX.Element {
  const Section = lazy<ComponentType>(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: Unavailable }),
    ),
  );
  return function LazySection(): JSX.Element {
    return (
      <Suspense fallback={null}>
        <Section />
      </Suspense>
    );
  };
}
