import { defineContentScript } from 'wxt/utils/define-content-script';
import { AZURE_FRAME_MATCHES } from '@/lib/origins';
import { startAzureContent } from '@/lib/portals/azure/start';

// The React-view frames, where the provisioning form lives, one or two frames deep
// (docs/research/entra-portal.md#nested-frames): every frame on these hosts, and only there.
export default defineContentScript({
  matches: [...AZURE_FRAME_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  // A React-view host has no portal route (routes.ts answers null for it, even as a top page).
  main: (ctx) => startAzureContent(ctx, () => null),
});
