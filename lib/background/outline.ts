import type { FrameOutline } from '../messaging/contract/outline';
import { classifyOrigin } from '../origins';
import type { PortalFrame } from '../storage';

/**
 * "Copy page outline": asks every recorded portal frame of a tab for its outline and joins them
 * into one plain-text document a maintainer can read. The header says which portal and which
 * kind of page (never the address: its path, query and hash hold ids), when, and the extension's
 * version; each frame's outline follows under its origin. Only allow-listed frames are asked, so
 * only allow-listed origins are named.
 */

export interface OutlineSources {
  /** The recorded portal frames (portalFramesItem). */
  frames(): Promise<Record<string, PortalFrame>>;
  /** Asks one frame for its outline (the reply validated by the contract). */
  ask(tabId: number, frameId: number): Promise<FrameOutline>;
  version: string;
  now: number;
  /** A frame that has not answered by then is listed as not answering. @default 4000 */
  timeoutMs?: number;
}

export interface PageOutline {
  /** Null when no frame answered. */
  text: string | null;
  frames: number;
  answered: number;
}

/** At most this many frames are asked (the document stays under the contract's cap). */
export const MAX_FRAMES = 15;

export const OUTLINE_INTRO =
  'This outline holds the page’s structure and the extension’s own words only; every other text is ' +
  'replaced by its shape (Aaaa a capitalized word, aaaa lower case, AAAA capitals, Aa mixed case, ' +
  '9 digits, a9 letters with digits or inner punctuation, a://a a link, a@a an e-mail address, ' +
  '字 Chinese or Japanese text). It holds no values, keys, endpoints, ids or addresses.';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

const minute = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16)}Z`;

/** The outline document of one tab. */
export async function collectPageOutline(tabId: number, src: OutlineSources): Promise<PageOutline> {
  const recorded = Object.values(await src.frames())
    .filter((f) => f.tabId === tabId && classifyOrigin(`${f.origin}/`) !== null)
    .sort((a, b) => a.frameId - b.frameId);
  if (recorded.length === 0) return { text: null, frames: 0, answered: 0 };
  const asked = recorded.slice(0, MAX_FRAMES);
  const replies = await Promise.all(
    asked.map((f) =>
      withTimeout(src.ask(tabId, f.frameId), src.timeoutMs ?? 4000).then(
        (reply) => reply,
        () => null,
      ),
    ),
  );
  const answered = replies.filter((r) => r !== null).length;
  if (answered === 0) return { text: null, frames: recorded.length, answered: 0 };

  const topIndex = asked.findIndex((f, i) => replies[i]?.frame === 'top' || f.frameId === 0);
  const top = topIndex >= 0 ? replies[topIndex] : null;
  const portal = (asked[topIndex] ?? asked[0]!).portal;
  const header = [
    'CloudSSO SCIM Assistant: page outline',
    `portal: ${portal === 'cloudsso' ? 'CloudSSO console' : 'Azure portal / Entra admin center'}`,
    `page: ${top?.route ?? '(the top document did not answer)'}`,
    `date: ${minute(src.now)}`,
    `extension version: ${src.version}`,
    `frames: ${recorded.length} recorded, ${answered} answered`,
    '',
    OUTLINE_INTRO,
  ];
  const sections = asked.map((f, i) => {
    const reply = replies[i];
    const where = reply?.frame === 'top' || (!reply && f.frameId === 0) ? 'top document' : 'frame';
    const title = `=== ${where} ${f.frameId}: ${new URL(`${f.origin}/`).origin}`;
    if (!reply)
      return `${title}\n(this frame did not answer: it may have been removed or reloaded)`;
    return `${title}\n${reply.outline}`;
  });
  if (recorded.length > asked.length)
    sections.push(`=== ${recorded.length - asked.length} more frames not asked`);
  return {
    text: [...header, '', ...sections].join('\n'),
    frames: recorded.length,
    answered,
  };
}
