import type { clipboardToBackground } from '../../messaging/contract/clipboard';
import type { Handlers } from '../../messaging/router';
import { onCleared, onCopied } from '../clipboard';

export const clipboardHandlers: Handlers<typeof clipboardToBackground> = {
  'clipboard.copied': ({ fingerprint }) => onCopied(fingerprint),
  'clipboard.done': async ({ token, cleared }) => ({ recorded: await onCleared(token, cleared) }),
};
