import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cloudssoOnDemand } from '@/lib/portals/cloudsso/on-demand';

// Loaded by the CloudSSO content script with import() when the page first shows a key or the
// background first asks something (lib/portals/common/on-demand.ts); built as an ES module
// (wxt.config.ts).
export default defineUnlistedScript(() => cloudssoOnDemand);
