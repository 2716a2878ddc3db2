import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { announceAndListen } from '../common/hello';
import { onDemand, once } from '../common/on-demand';
import { startCapture } from './capture';
import type { CloudssoOnDemand } from './on-demand';

/**
 * Entry of the CloudSSO console content script: the capture reads the page; the on-demand module
 * (on-demand.ts) loads the first time the page shows a key or the background asks something.
 */
export function startCloudssoContent(
  ctx: ContentScriptContext,
  load: () => Promise<CloudssoOnDemand> = onDemand<CloudssoOnDemand>('/cloudsso-on-demand.js'),
): void {
  const here = once(async () => (await load()).start(ctx));
  announceAndListen(ctx, async () => (await here()).answer);
  startCapture(ctx, async (o) => (await here()).offer(o));
}
