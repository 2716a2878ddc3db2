import type { FrameOutline } from '../../messaging/contract/outline';
import type { Portal } from '../../origins';
import { outlineDocument } from './outline';
import { describeRoute } from './outline-route';

/** A portal frame's answer to "content.outline": its outline, and its route when it is the top. */
export function frameOutline(
  doc: Document,
  portal: Portal,
  href: string,
  isTop: boolean,
): FrameOutline {
  const { text, truncated } = outlineDocument(doc);
  return {
    outline: text,
    truncated,
    frame: isTop ? 'top' : 'sub',
    route: isTop ? describeRoute(portal, href) : null,
  };
}
