import { classifyOrigin } from '../origins';
import type { SenderKind } from './spec';

/** The subset of `runtime.MessageSender` the check needs; keeps it testable with literals. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; windowId?: number };
  frameId?: number;
  /** The sending frame's document (Chrome 106+). */
  documentId?: string;
}

/**
 * Establishes who sent a message from what the browser reports, never from the payload.
 * Returns null for anything unexpected: another extension, a web page, a look-alike host.
 */
export function classifySender(sender: SenderLike, ownId: string): SenderKind | null {
  if (sender.id !== ownId) return null;
  const url = sender.url;
  if (!url) return null;
  if (url.startsWith(`chrome-extension://${ownId}/`) || url.startsWith(`moz-extension://`)) {
    // An extension page has no tab, or is our own page opened in a tab (sidepanel.html in a tab).
    return new URL(url).host === ownId ? 'extension' : null;
  }
  if (!sender.tab) return null;
  // Prefer the origin the browser computed for the frame; the URL can be about:blank or srcdoc.
  const cls = classifyOrigin(sender.origin && sender.origin !== 'null' ? `${sender.origin}/` : url);
  if (!cls) return null;
  // The URL and origin must agree: a frame cannot claim a portal origin it is not on.
  const fromUrl = classifyOrigin(url);
  if (!fromUrl || fromUrl.portal !== cls.portal) return null;
  return cls.portal;
}
