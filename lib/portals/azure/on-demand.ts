import { createAnswer } from '../common/answer';
import { decideMappings } from './mappings/decide';
import { extractMappings } from './mappings/extract';
import type { MappingView } from './mappings/reporter';
import type { Answer } from '../common/hello';
import { fillAndVerify, type FillResultHere, type FormElements } from './apply';
import type { FormProblem } from './decide';
import { azureToContent } from './messages';
import { describeAzureRoute } from './outline-route';

/** Where the form is, as the content script's start reads it (start.ts). */
export type Located =
  { ok: true; fields: FormElements; secretPresent: boolean } | { ok: false; problem: FormProblem };

/** What the on-demand module uses of the content script's start. */
export interface AzureHere {
  /** Reads the page and decides where the form is: for the check, the fill and the re-check. */
  locateForm(): Located;
  /** Waits `ms` on the content script's clock (stops with the script). */
  sleep(ms: number): Promise<void>;
  /** Called after a fill: the frame reports again. */
  afterFill(): void;
}

/** The Azure content script's on-demand module (entrypoints/azure-on-demand.ts). */
export interface AzureOnDemand {
  answer(here: AzureHere): Answer;
  /** Reads the attribute-mapping table and edit pane this frame shows (#13). */
  readMappings(): MappingView;
}

/**
 * The Azure content script's answers to the background: "does this frame still show the form?"
 * and the fill itself, the only message that carries the SCIM key, addressed to this very frame.
 */
export const azureOnDemand: AzureOnDemand = {
  readMappings: () => {
    const snapshot = extractMappings(document);
    return snapshot ? decideMappings(snapshot) : { tables: [], edit: null };
  },
  answer: (here) => {
    const formShown = (): { shown: boolean; problem: FormProblem | null } => {
      const found = here.locateForm();
      return found.ok ? { shown: true, problem: null } : { shown: false, problem: found.problem };
    };

    const fillHere = async ({
      trigger,
      ...values
    }: {
      tenantUrl: string;
      secretToken: string;
      trigger: 'button' | 'auto';
    }): Promise<{ result: FillResultHere | FormProblem | 'saved-secret' }> => {
      const found = here.locateForm();
      if (!found.ok) return { result: found.problem };
      // Checked here too, on the page as it is now: only the admin's own Fill replaces a saved
      // secret (the Connectivity page), never the automatic fill.
      if (trigger === 'auto' && found.secretPresent) return { result: 'saved-secret' };
      const result = await fillAndVerify(
        found.fields,
        values,
        () => {
          const again = here.locateForm();
          return again.ok ? again.fields : null;
        },
        here.sleep,
      );
      here.afterFill();
      return { result };
    };

    return createAnswer({
      contract: azureToContent,
      handlers: { 'azure.formShown': formShown, 'azure.fill': fillHere },
      describeRoute: describeAzureRoute,
    });
  },
};
