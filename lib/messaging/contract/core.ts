import { z } from 'zod';
import type { MessageSpec } from '../spec';
import { Acknowledged, PanelReply } from './core-content';

export { coreToContent } from './core-content';

/** Messages every context needs: frames announcing themselves, liveness. */
export const coreToBackground = {
  /**
   * A content script announces itself; the background records which portal frames a tab has.
   * A notification (lib/messaging/notify.ts): acknowledged, nothing more.
   */
  'content.hello': {
    from: ['cloudsso', 'azure'],
    payload: z.object({
      href: z.url({ protocol: /^https$/ }).max(4096),
      /** The frame's place in the tab, as the content script sees it. */
      frame: z.enum(['top', 'sub']),
    }),
    reply: Acknowledged,
  },
  /**
   * A console page's own button ("Continue in Entra" in the in-page notice) asks to open the side
   * panel for its tab. Chromium allows that only inside the admin's click; `opened: false` means
   * the page must say where to click instead.
   */
  'panel.open': {
    from: ['cloudsso', 'azure'],
    payload: z.object({}).strict(),
    reply: PanelReply,
  },
  /** Extension pages ask whether the service worker is alive and which version it runs. */
  'diag.ping': {
    from: ['extension'],
    payload: z.object({}).strict(),
    reply: z.object({ version: z.string() }),
  },
} as const satisfies Record<string, MessageSpec>;
