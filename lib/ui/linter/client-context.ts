import { createContext } from 'preact';
import type { LintClient } from '../../workers/lint-client';

/**
 * The client the linter checks through. Unset in the extension (the linter starts its own worker);
 * component tests provide an in-process client, since happy-dom has no module workers.
 */
export const LintClientContext = createContext<LintClient | null>(null);
