import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Directory } from '@/lib/storage';
import { CredentialValues } from '@/lib/ui/sidepanel/guide/values';
import { StatusProvider } from '@/lib/ui/sidepanel/status';

/** The values the guide shows to copy by hand follow the fill's rules (docs/security.md). */
const directory = (endpoint: string): Directory => ({
  key: 'intl:d-values0001',
  site: 'intl',
  directoryId: 'd-values0001',
  endpoint,
  acceleratedEndpoint: null,
  endpointIssue: null,
  acceleratedEndpointIssue: null,
  region: 'cn-shanghai',
  syncEnabled: true,
  credentials: [],
  scimUsers: null,
  scimGroups: null,
  updatedAt: 1,
});
const secret = (directoryKey: string) => ({
  directoryKey,
  credentialId: null,
  capturedAt: 1,
  forgetAt: 2,
});

function show(d: Directory, directoryKey: string): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <StatusProvider>
      <CredentialValues directory={d} secret={secret(directoryKey)} />
    </StatusProvider>,
    root,
  );
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the copy-by-hand values beside the key (#11)', () => {
  it('name an endpoint the key may not go with, and keep its copy button for an admin who knows better', () => {
    const root = show(
      directory('https://cloudsso-scim-cn-shanghai.aliyun.com@collector.example.net/scim/v2/'),
      'intl:d-values0001',
    );
    expect(root.textContent).toContain('The SCIM key must not go with this Tenant URL');
    expect(root.querySelector('button[aria-label="Copy Tenant URL"]')).not.toBeNull();
  });

  it('say nothing more for a verified endpoint, and offer the key beside its own directory only', () => {
    const ok = show(
      directory('https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/'),
      'intl:d-values0001',
    );
    expect(ok.textContent).not.toContain('must not go with');
    expect(ok.querySelector('button[aria-label="Copy the Secret token value"]')).not.toBeNull();
    const other = show(
      directory('https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/'),
      'cn:d-another0001',
    );
    expect(other.textContent).toContain('belongs to another CloudSSO directory');
    expect(other.querySelectorAll('button[aria-label="Copy the Secret token value"]')).toHaveLength(
      0,
    );
  });
});
