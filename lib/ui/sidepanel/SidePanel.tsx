import type { JSX } from 'preact';
import { portalFramesItem } from '../../storage';
import { useStored } from '../hooks/useStored';
import { CapturedValues } from './captured/CapturedValues';
import { Guide } from './guide/Guide';
import { PortalTabs } from './PortalTabs';
import { Settings } from './settings/Settings';
import { SidePanelLinter } from './linter/SidePanelLinter';
import { StatusProvider } from './status';

/**
 * The side panel: one section per feature, each in its own component file. Keep this file a
 * plain list of sections.
 */
export function SidePanel(): JSX.Element {
  const frames = useStored(portalFramesItem);
  return (
    <main>
      <h1>CloudSSO SCIM Assistant</h1>
      <StatusProvider>
        <PortalTabs frames={frames === undefined ? undefined : Object.values(frames)} />
        <CapturedValues />
        <Guide />
        <SidePanelLinter />
        <Settings />
      </StatusProvider>
    </main>
  );
}
