import type { JSX } from 'preact';
import { commonText } from '../../i18n/common';
import { portalFramesItem } from '../../storage';
import { useStored } from '../hooks/useStored';
import { CapturedValues } from './captured/CapturedValues';
import { CurrentStep } from './guide/CurrentStep';
import { contextOf, Guide } from './guide/Guide';
import { useGuide } from './guide/useGuide';
import { SidePanelLinter } from './linter/SidePanelLinter';
import { MappingCheck } from './mappings/lazy';
import { PortalTabs } from './PortalTabs';
import { RotationCard } from './rotation/RotationCard';
import { LogEntryCard } from './triage/lazy';
import { TriagePanel } from './triage/TriagePanel';
import { Settings } from './settings/Settings';
import { StatusProvider } from './status';

/**
 * The side panel, most urgent first: a SCIM key to rotate, the current step with its one primary action, the captured
 * values, then every step, the linter, settings and the console pages. Each section is its own
 * component; keep this file a plain list of them.
 */
export function SidePanel(): JSX.Element {
  const frames = useStored(portalFramesItem);
  const guide = useGuide();
  const ctx = guide ? contextOf(guide) : null;
  return (
    <>
      <header class="app-bar">
        <h1>{commonText('appName')}</h1>
      </header>
      <main>
        <StatusProvider>
          {/* A key about to expire outranks the setup: it stops a sync that works today. */}
          <RotationCard guide={guide ?? null} />
          {/* The log entry open in Entra: the admin is looking at a failure now. */}
          <LogEntryCard />
          {guide && ctx ? <CurrentStep guide={guide} ctx={ctx} /> : <p class="muted">…</p>}
          <CapturedValues />
          {guide && ctx ? <Guide guide={guide} ctx={ctx} /> : null}
          <MappingCheck />
          <SidePanelLinter />
          <TriagePanel />
          <Settings />
          <PortalTabs frames={frames === undefined ? undefined : Object.values(frames)} />
        </StatusProvider>
      </main>
    </>
  );
}
