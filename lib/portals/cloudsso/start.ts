import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { announceAndListen } from '../common/hello';
import { startCapture } from './capture';

/** Entry of the CloudSSO console content script. */
export function startCloudssoContent(ctx: ContentScriptContext): void {
  announceAndListen(ctx, 'cloudsso', startCapture(ctx));
}
