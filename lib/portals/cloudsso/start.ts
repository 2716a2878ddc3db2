import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { announceAndListen } from '../common/hello';

/** Entry of the CloudSSO console content script. */
export function startCloudssoContent(ctx: ContentScriptContext): void {
  announceAndListen(ctx, 'cloudsso', {});
}
