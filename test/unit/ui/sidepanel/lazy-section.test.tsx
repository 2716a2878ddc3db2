import { afterEach, describe, expect, it } from 'vitest';
import { lazySection } from '@/lib/ui/sidepanel/lazy-section';
import { mount, waitFor, type Mounted } from '../../../support/dom';

let ui: Mounted | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

describe('a side-panel section loaded after the first paint', () => {
  it('shows the section once its code has loaded', async () => {
    const Section = lazySection(() => Promise.resolve(() => <p>Mapping check</p>));
    ui = mount(<Section />);
    await waitFor(() => expect(ui!.container.textContent).toBe('Mapping check'));
  });

  it('says the part could not load, and how to get it back, when its file is gone', async () => {
    const Section = lazySection(() => Promise.reject(new Error('Failed to fetch module')));
    ui = mount(
      <main>
        <p>Current step</p>
        <Section />
      </main>,
    );
    await waitFor(() => expect(ui!.container.textContent).toContain('could not load'));
    // The rest of the panel stays.
    expect(ui.container.textContent).toContain('Current step');
    expect(ui.container.textContent).toContain('Close the side panel and open it again');
  });
});
