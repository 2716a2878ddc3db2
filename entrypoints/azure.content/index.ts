import { defineContentScript } from 'wxt/utils/define-content-script';
import { AZURE_FRAME_MATCHES, AZURE_TOP_MATCHES } from '@/lib/origins';
import { startAzureContent } from '@/lib/portals/azure/start';

export default defineContentScript({
  matches: [...AZURE_TOP_MATCHES, ...AZURE_FRAME_MATCHES],
  // The provisioning form lives in a React-view iframe; only listed frame hosts are injected.
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => startAzureContent(ctx),
});
