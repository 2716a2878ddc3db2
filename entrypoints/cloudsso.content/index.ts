import { defineContentScript } from 'wxt/utils/define-content-script';
import { CLOUDSSO_MATCHES } from '@/lib/origins';
import { startCloudssoContent } from '@/lib/portals/cloudsso/start';

export default defineContentScript({
  matches: [...CLOUDSSO_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => startCloudssoContent(ctx),
});
