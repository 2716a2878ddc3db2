import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  LINTER_DRAFT_FALLBACK,
  linterDraftItem,
  linterHandoffItem,
  type LinterDraft,
} from '../../storage';
import { createWorkerLintClient, type LintOutcome } from '../../workers/lint-client';
import { startLinterWorker } from '../../workers/linter-worker';
import { LintClientContext } from './client-context';

const SAVE_DELAY_MS = 250;

export interface LinterState {
  draft: LinterDraft;
  /** The stored draft has been read (before that the fields show the fallback). */
  loaded: boolean;
  setExpression(expression: string): void;
  setTarget(targetId: LinterDraft['targetId']): void;
  setSamples(samples: string): void;
  /** The outcome for the current draft, or the previous one while a check runs. */
  outcome: LintOutcome | null;
  /** The text `outcome` belongs to. */
  checkedText: string;
  checking: boolean;
}

export interface UseLinterOptions {
  /** Take expressions other parts of the extension send (the guide's step 5). */
  acceptHandoff?: boolean;
  onHandoff?: () => void;
}

/**
 * The linter's state: the remembered draft, and checks that run off the input path (in a worker
 * the client replaces when a check runs away).
 */
export function useLinter(options: UseLinterOptions = {}): LinterState {
  const provided = useContext(LintClientContext);
  const client = useMemo(() => provided ?? createWorkerLintClient(startLinterWorker), [provided]);
  useEffect(() => (provided ? undefined : () => client.dispose()), [client, provided]);

  const [draft, setDraft] = useState<LinterDraft>(LINTER_DRAFT_FALLBACK);
  const [loaded, setLoaded] = useState(false);
  const [outcome, setOutcome] = useState<LintOutcome | null>(null);
  const [checkedText, setCheckedText] = useState('');
  const [checking, setChecking] = useState(false);
  const touched = useRef(false);
  const latest = useRef(0);

  useEffect(() => {
    let live = true;
    void linterDraftItem.get().then((stored) => {
      if (!live) return;
      // Typing before the read completes wins over the stored draft.
      if (!touched.current) setDraft(stored);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);

  // Remember the draft, a little after the last change, and at once when the page goes away
  // (a popup closes as soon as it loses focus, often right after a paste).
  useEffect(() => {
    if (!loaded) return undefined;
    const save = (): void => void linterDraftItem.set(draft).catch(() => undefined);
    const timer = setTimeout(save, SAVE_DELAY_MS);
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [draft, loaded]);

  // Checked at once, keystroke by keystroke: the client runs one check at a time in its worker
  // and keeps only the newest waiting (lint-client.ts), so a burst of typing costs at most one
  // check behind the running one, and the verdict follows the last key without a quiet time.
  // Only the newest request's outcome is shown.
  useEffect(() => {
    if (!loaded) return;
    const id = ++latest.current;
    if (draft.expression.trim() === '') {
      setOutcome(null);
      setCheckedText('');
      setChecking(false);
      return;
    }
    setChecking(true);
    void client
      .check({ text: draft.expression, targetId: draft.targetId, samples: draft.samples })
      .then((result) => {
        if (id !== latest.current) return;
        setOutcome(result);
        setCheckedText(draft.expression);
        setChecking(false);
      });
  }, [draft, loaded, client]);

  // The guide's mapping tables hand expressions over through storage; take each one once.
  const onHandoff = useRef(options.onHandoff);
  onHandoff.current = options.onHandoff;
  useEffect(() => {
    if (!options.acceptHandoff) return undefined;
    const take = (
      handoff: { expression: string; targetId: LinterDraft['targetId'] } | null,
    ): void => {
      if (!handoff) return;
      touched.current = true;
      setDraft((d) => ({ ...d, expression: handoff.expression, targetId: handoff.targetId }));
      setLoaded(true);
      void linterHandoffItem.set(null).catch(() => undefined);
      onHandoff.current?.();
    };
    void linterHandoffItem.get().then(take);
    return linterHandoffItem.watch(take);
  }, [options.acceptHandoff]);

  const update = (patch: Partial<LinterDraft>): void => {
    touched.current = true;
    setDraft((d) => ({ ...d, ...patch }));
  };
  return {
    draft,
    loaded,
    setExpression: (expression) => update({ expression }),
    setTarget: (targetId) => update({ targetId }),
    setSamples: (samples) => update({ samples }),
    outcome,
    checkedText,
    checking,
  };
}
