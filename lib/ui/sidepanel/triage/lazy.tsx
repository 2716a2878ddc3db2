import type { JSX } from 'preact';
import { logEntryItem } from '../../../storage';
import { useStored } from '../../hooks/useStored';
import { lazySection } from '../lazy-section';

// Explaining an entry takes the triage's classifier, with the expression engine and proof under
// it: loaded only once Entra shows an entry's details.
const Card = lazySection(() => import('./LogEntryCard').then((m) => m.LogEntryCard));

/** The open Provisioning logs entry, explained; nothing (and nothing loaded) until there is one. */
export function LogEntryCard(): JSX.Element | null {
  const shown = useStored(logEntryItem);
  return shown ? <Card /> : null;
}
