import { z } from 'zod';
import { MappingPageReport } from '../../storage/mappings';
import type { MessageSpec } from '../spec';

/** The Mapping check (#13): Azure frames report the attribute-mapping page they show. */
export const mappingsToBackground = {
  /**
   * A frame shows an attribute-mapping table or the Edit attribute pane (or stopped showing
   * them: empty `tables` and null `edit`). Page text only; the background drops anything that
   * contains the kept key before it is stored.
   */
  'mappings.report': {
    from: ['azure'],
    payload: MappingPageReport,
    reply: z.object({ kept: z.boolean() }),
  },
} as const satisfies Record<string, MessageSpec>;
