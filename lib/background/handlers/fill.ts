import type { fillToBackground } from '../../messaging/contract/fill';
import type { Handlers } from '../../messaging/router';
import { runFill } from '../guide/fill';

export const fillHandlers: Handlers<typeof fillToBackground> = {
  // Only extension pages may ask (the contract says so); the key never appears in the reply.
  'guide.fill': ({ windowId, confirmApp }) =>
    runFill({ trigger: 'button', windowId, confirmApp: confirmApp ?? null }),
};
