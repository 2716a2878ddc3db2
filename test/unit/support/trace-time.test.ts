import { describe, expect, it } from 'vitest';
import { extensionTime, type TraceEvent } from '../../bench/support/trace';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/content-scripts/azure.js';
const ev = (
  name: string,
  tts: number,
  tdur: number,
  url: string | undefined,
  frame?: string,
  tid = 1,
): TraceEvent => ({
  name,
  ph: 'X',
  ts: tts * 10,
  dur: tdur * 10,
  tts,
  tdur,
  pid: 1,
  tid,
  args: { data: { ...(url ? { url } : {}), ...(frame ? { frame } : {}) } },
});

describe('the extension’s time in a trace (npm run bench)', () => {
  it('counts nested events once, per frame, in thread time, and nothing of the page’s', () => {
    const time = extensionTime([
      ev('EvaluateScript', 1_000, 4_000, EXT, 'A'),
      // Compilation inside the evaluation: no frame of its own, already counted.
      { ...ev('v8.compile', 1_100, 500, undefined), args: { fileName: EXT } },
      ev('FunctionCall', 10_000, 1_000, EXT, 'A'),
      ev('FunctionCall', 10_000, 2_000, EXT, 'B', 2),
      ev('FunctionCall', 20_000, 9_000, 'https://portal.azure.com/shell.js', 'A'),
      { ...ev('FunctionCall', 30_000, 5_000, EXT, 'A'), ph: 'B' },
    ]);
    expect(time.totalMs).toBe(7);
    expect(Object.fromEntries(time.perFrameMs)).toEqual({ A: 5, B: 2 });
  });

  it('keeps only the events inside a window of the trace clock', () => {
    const events = [
      ev('FunctionCall', 1_000, 1_000, EXT, 'A'),
      ev('FunctionCall', 5_000, 1_000, EXT, 'A'),
    ];
    expect(extensionTime(events, { fromUs: 20_000 }).totalMs).toBe(1);
    expect(extensionTime(events, { toUs: 20_000 }).totalMs).toBe(1);
  });
});
