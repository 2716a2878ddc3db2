import { createContext } from 'preact';
import type { DryRunClient } from '../../../workers/dryrun-client';

/** The dry-run client; unset in the extension (a worker is started), set by component tests. */
export const DryRunClientContext = createContext<DryRunClient | null>(null);
