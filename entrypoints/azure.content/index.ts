import { defineContentScript } from 'wxt/utils/define-content-script';
import { AZURE_TOP_MATCHES } from '@/lib/origins';
import { parsePortalRoute } from '@/lib/portals/azure/routes';
import { startAzureContent } from '@/lib/portals/azure/start';

// The portal's own documents: the top document only. Its same-origin frames are the classic
// blades' hidden extension frames, which draw nothing (docs/research/entra-portal.md#frames-and-origins).
export default defineContentScript({
  matches: [...AZURE_TOP_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => startAzureContent(ctx, parsePortalRoute),
});
