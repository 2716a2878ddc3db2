import type { Page } from 'playwright-core';
import { APP, provisioningRoute, SP } from './guide-support';
import type { Session } from './harness';

const ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';

/** Opens a page of the Entra app with a running job, as the portal keeps it per tab. */
export async function openEntraApp(session: Session, menu: string, query: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(
    ([objectId, appId, tenantUrl]) => {
      if (location.hostname !== 'portal.azure.com' || sessionStorage.getItem('fixture.portal'))
        return;
      sessionStorage.setItem(
        'fixture.portal',
        JSON.stringify({
          apps: {
            [objectId]: {
              name: 'CloudSSO',
              objectId,
              appId,
              assignments: [],
              provisioning: {
                configured: true,
                started: true,
                tenantUrl,
                scope: 'assigned',
                status: 'on',
              },
            },
          },
        }),
      );
    },
    [SP, APP, ENDPOINT] as const,
  );
  await page.goto(provisioningRoute(menu, 'portal.azure.com', query));
  return page;
}
