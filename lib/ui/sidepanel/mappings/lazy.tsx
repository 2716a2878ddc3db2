import { lazySection } from '../lazy-section';

/**
 * The Mapping check, loaded once the rest of the panel is shown: it brings the expression engine,
 * its proof and the schema fixer, most of the panel's script.
 */
export const MappingCheck = lazySection(() => import('./MappingCheck').then((m) => m.MappingCheck));
