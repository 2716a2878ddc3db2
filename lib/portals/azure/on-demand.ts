import { createAnswer } from '../common/answer';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createStatusReporter } from './cycle/reporter';
import { createLogEntryReporter } from './logs/reporter';
import { createMappingsReporter } from './mappings/reporter';
import type { Answer } from '../common/hello';
import { fillAndVerify, type FillResultHere, type FormElements } from './apply';
import { findCredentialsForm, type FormProblem } from './decide';
import { extractFrame } from './extract';
import { azureToContent } from './messages';
import { describeAzureRoute } from './outline-route';

type Located =
  { ok: true; fields: FormElements; secretPresent: boolean } | { ok: false; problem: FormProblem };

/** What the on-demand module takes from the content script's start. */
export interface AzureHere {
  /** This frame is the tab's top document (its reading of the page says so). */
  isTop: boolean;
  /** Waits `ms` on the content script's clock (stops with the script). */
  sleep(ms: number): Promise<void>;
  /** Called after a fill: the frame reports again. */
  afterFill(): void;
}

/** The Azure content script's on-demand module (entrypoints/azure-on-demand.ts). */
export interface AzureOnDemand {
  answer(here: AzureHere): Answer;
  /**
   * Reads and reports the pages only this module reads (the attribute mappings, #13; the
   * provisioning status and the open log entry, #14); true while one of them is still shown or
   * has a report to withdraw (page-readers.ts).
   */
  readPages(ctx: ContentScriptContext, docStart: number): boolean;
}

/**
 * The Azure content script's answers to the background: "does this frame still show the form?"
 * and the fill itself, the only message that carries the SCIM key, addressed to this very frame.
 */
let readers: { check(): boolean }[] | null = null;

export const azureOnDemand: AzureOnDemand = {
  readPages: (ctx, docStart) => {
    readers ??= [
      createMappingsReporter(ctx, docStart),
      createStatusReporter(ctx, docStart),
      createLogEntryReporter(ctx, docStart),
    ];
    // Every reader runs: one page may show a table and a pane (the logs page shows both), and
    // each withdraws its own.
    return readers.map((r) => r.check()).some(Boolean);
  },
  answer: (here) => {
    // The one place that reads the page and decides where the form is, for the check, the fill
    // and the re-check after it: the start's reading (extract.ts), as the reports use it.
    const locateForm = (): Located => {
      const { snapshot, elements } = extractFrame(document, here.isTop);
      const decision = findCredentialsForm(snapshot);
      if (!decision.ok) return decision;
      return {
        ok: true,
        fields: {
          tenantUrl: elements[decision.form.tenantUrl]!,
          secretToken: elements[decision.form.secretToken]!,
        },
        secretPresent: decision.form.secretPresent,
      };
    };

    const formShown = (): { shown: boolean; problem: FormProblem | null } => {
      const found = locateForm();
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
      const found = locateForm();
      if (!found.ok) return { result: found.problem };
      // Checked here too, on the page as it is now: only the admin's own Fill replaces a saved
      // secret (the Connectivity page), never the automatic fill.
      if (trigger === 'auto' && found.secretPresent) return { result: 'saved-secret' };
      const result = await fillAndVerify(
        found.fields,
        values,
        () => {
          const again = locateForm();
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
