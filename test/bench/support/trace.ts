/**
 * Main-thread time of the extension's scripts in a Chromium trace (categories
 * `devtools.timeline`, `v8.execute`): every event whose script URL is the extension's (the
 * content scripts' evaluation, their callbacks: observers, timers, message listeners, and the
 * compilation of their code), as thread time, so time the machine gave to other processes does
 * not count. Nested events are counted once (their intervals are merged per thread).
 */
export interface TraceEvent {
  name: string;
  ph?: string;
  ts?: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  pid?: number;
  tid?: number;
  args?: { data?: { url?: string; frame?: string }; fileName?: string };
}

export interface ExtensionTime {
  /** Thread milliseconds of the extension's scripts, all frames. */
  totalMs: number;
  /** The same per frame (the trace's frame id), for the frames where a content script ran. */
  perFrameMs: Map<string, number>;
}

const isExtensionUrl = (url: string | undefined): boolean =>
  typeof url === 'string' && url.startsWith('chrome-extension://');

/** Sums the extension's thread time; events outside [fromUs, toUs] (trace clock) are left out. */
export function extensionTime(
  events: readonly TraceEvent[],
  window: { fromUs?: number; toUs?: number } = {},
): ExtensionTime {
  const byThread = new Map<string, { start: number; end: number; frame: string }[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.tts === undefined || e.tdur === undefined || e.ts === undefined) continue;
    const url = e.args?.data?.url ?? e.args?.fileName;
    if (!isExtensionUrl(url)) continue;
    if (window.fromUs !== undefined && e.ts < window.fromUs) continue;
    if (window.toUs !== undefined && e.ts > window.toUs) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    list.push({ start: e.tts, end: e.tts + e.tdur, frame: e.args?.data?.frame ?? '' });
    byThread.set(key, list);
  }
  let total = 0;
  const perFrame = new Map<string, number>();
  for (const list of byThread.values()) {
    list.sort((a, b) => a.start - b.start);
    let current: { start: number; end: number; frame: string } | null = null;
    const flush = (): void => {
      if (!current) return;
      const ms = (current.end - current.start) / 1000;
      total += ms;
      if (current.frame) perFrame.set(current.frame, (perFrame.get(current.frame) ?? 0) + ms);
    };
    for (const item of list) {
      if (current && item.start <= current.end) {
        current.end = Math.max(current.end, item.end);
        // An outer event names the frame; compile events inside it do not.
        if (!current.frame) current.frame = item.frame;
      } else {
        flush();
        current = { ...item };
      }
    }
    flush();
  }
  return { totalMs: total, perFrameMs: perFrame };
}
