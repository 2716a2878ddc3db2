import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { LinterBody } from '../../linter/LinterBody';
import { t } from '../../../i18n/linter';
import { useLinter } from '../../linter/useLinter';
import { useAnnounce } from '../status';
import { DryRunPanel } from './DryRunPanel';
import './dryrun.css';

/**
 * The side panel's linter: the popup's linter with room to work, plus the bulk dry-run. A region
 * named "Expression linter"; its summary is a polite live region without role="status" (the
 * panel's one status line reports actions, see ../status.tsx).
 */
export function SidePanelLinter(): JSX.Element {
  const region = useRef<HTMLElement>(null);
  const announce = useAnnounce();
  const linter = useLinter({
    acceptHandoff: true,
    onHandoff: () => {
      region.current?.scrollIntoView({ block: 'start' });
      region.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
      announce(t('handoffApplied'), 'info');
    },
  });
  return (
    <section
      ref={region}
      class="sidepanel-linter"
      aria-label={t('linterRegion')}
      id="expression-linter"
    >
      <h2>{t('linterRegion')}</h2>
      <p class="muted">{t('linterIntro')}</p>
      <LinterBody linter={linter} summaryRole="live" rows={8} idPrefix="panel" />
      <DryRunPanel expression={linter.draft.expression} targetId={linter.draft.targetId} />
    </section>
  );
}
