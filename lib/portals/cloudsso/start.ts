import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { announceAndListen } from '../common/hello';
import { startCapture } from './capture';
import { cloudssoToContent, sendToBackground } from './messages';
import { describeCloudssoRoute } from './outline-route';

/** Entry of the CloudSSO console content script. */
export function startCloudssoContent(ctx: ContentScriptContext): void {
  announceAndListen(ctx, {
    portal: 'cloudsso',
    contract: cloudssoToContent,
    handlers: startCapture(ctx),
    send: sendToBackground,
    describeRoute: describeCloudssoRoute,
  });
}
