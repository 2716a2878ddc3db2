import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';

/**
 * The side panel has exactly one role="status" line: the outcome of the last action (fill,
 * forget, endpoint check...), kept in view at the top while the admin scrolls. One live region
 * means screen readers hear each outcome once, and the automation contract (docs/automation-contract.md#side-panel-sidepanelhtml, "an element with
 * role=status") always finds one element. Each outcome is also shown beside what caused it.
 */

export type Tone = 'info' | 'ok' | 'warn' | 'error';
interface Announcement {
  text: string;
  tone: Tone;
  /** What the line is about, so it can be cleared once that is history ("fill"). */
  topic: string | null;
}

interface StatusApi {
  announce: (text: string, tone?: Tone, topic?: string) => void;
  /** Clears the line if it still speaks about `topic`. */
  clear: (topic: string) => void;
}

const StatusContext = createContext<StatusApi>({
  announce: () => undefined,
  clear: () => undefined,
});

/** Returns the function that replaces the status line's text. */
export function useAnnounce(): StatusApi['announce'] {
  return useContext(StatusContext).announce;
}

/** Returns the function that clears the status line when it still speaks about a topic. */
export function useClearStatus(): StatusApi['clear'] {
  return useContext(StatusContext).clear;
}

export function StatusProvider({ children }: { children: ComponentChildren }): JSX.Element {
  const [current, setCurrent] = useState<Announcement>({ text: '', tone: 'info', topic: null });
  const announce = useCallback(
    (text: string, tone: Tone = 'info', topic?: string) =>
      setCurrent({ text, tone, topic: topic ?? null }),
    [],
  );
  const clear = useCallback(
    (topic: string) =>
      setCurrent((c) => (c.topic === topic ? { text: '', tone: 'info', topic: null } : c)),
    [],
  );
  const [api] = useState<StatusApi>(() => ({ announce, clear }));
  return (
    <StatusContext.Provider value={api}>
      <p role="status" aria-live="polite" class={`status-line tone-${current.tone}`}>
        {current.text}
      </p>
      {children}
    </StatusContext.Provider>
  );
}
