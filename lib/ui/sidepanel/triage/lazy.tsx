import type { JSX } from 'preact';
import { lazy, Suspense } from 'preact/compat';
import { logEntryItem } from '../../../storage';
import { useStored } from '../../hooks/useStored';

// Explaining an entry takes the triage's classifier, with the expression engine and proof under
// it: loaded only once Entra shows an entry's details (docs/performance.md).
const Card = lazy(() => import('./LogEntryCard').then((m) => ({ default: m.LogEntryCard })));

/** The open Provisioning logs entry, explained; nothing (and nothing loaded) until there is one. */
export function LogEntryCard(): JSX.Element | null {
  const shown = useStored(logEntryItem);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <Card />
    </Suspense>
  );
}
