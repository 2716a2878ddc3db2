import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { azureOnDemand } from '@/lib/portals/azure/on-demand';

// Loaded by the Azure content scripts with import() when the background first asks a frame
// something (lib/portals/common/on-demand.ts); built as an ES module (wxt.config.ts).
export default defineUnlistedScript(() => azureOnDemand);
