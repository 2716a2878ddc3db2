import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { announceAndListen } from '../common/hello';

/** Entry of the Azure portal / Entra admin center content script (top frame and React views). */
export function startAzureContent(ctx: ContentScriptContext): void {
  announceAndListen(ctx, 'azure', {});
}
