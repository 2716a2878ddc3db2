import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';

/**
 * The side panel has exactly one role="status" line: the outcome of the last action (fill, copy,
 * endpoint check...). One live region means screen readers hear each outcome once, and the
 * automation contract ("an element with role=status") always finds one element.
 */

export type Tone = 'info' | 'ok' | 'warn' | 'error';
interface Announcement {
  text: string;
  tone: Tone;
}

const AnnounceContext = createContext<(text: string, tone?: Tone) => void>(() => undefined);

/** Returns the function that replaces the status line's text. */
export function useAnnounce(): (text: string, tone?: Tone) => void {
  return useContext(AnnounceContext);
}

export function StatusProvider({ children }: { children: ComponentChildren }): JSX.Element {
  const [current, setCurrent] = useState<Announcement>({ text: '', tone: 'info' });
  const announce = useCallback(
    (text: string, tone: Tone = 'info') => setCurrent({ text, tone }),
    [],
  );
  return (
    <AnnounceContext.Provider value={announce}>
      <p role="status" aria-live="polite" class={`status-line tone-${current.tone}`}>
        {current.text}
      </p>
      {children}
    </AnnounceContext.Provider>
  );
}
