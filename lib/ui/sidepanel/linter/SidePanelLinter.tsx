import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { linterText } from '../../../i18n/linter';
import { DisclosureButton } from '../../common/Disclosure';
import { LinterBody } from '../../linter/LinterBody';
import { useLinter } from '../../linter/useLinter';
import { useAnnounce } from '../status';
import { DryRunPanel } from './DryRunPanel';
import './dryrun.css';

/**
 * The side panel's linter: the popup's linter with room to work, plus the bulk dry-run, closed
 * until asked for (or until the guide hands it an expression). A region named "Expression
 * linter"; its summary is a polite live region without role="status" (the panel's one status
 * line reports actions, see ../status.tsx).
 */
export function SidePanelLinter(): JSX.Element {
  const region = useRef<HTMLElement>(null);
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const linter = useLinter({
    acceptHandoff: true,
    onHandoff: () => {
      setOpen(true);
      // After the body is shown: scroll to it and put the caret in the expression.
      setTimeout(() => {
        region.current?.scrollIntoView({ block: 'start' });
        region.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
      }, 0);
      announce(linterText('handoffApplied'), 'info');
    },
  });
  return (
    <section
      ref={region}
      class="card sidepanel-linter"
      aria-label={linterText('linterRegion')}
      id="expression-linter"
    >
      <h2>
        <DisclosureButton open={open} onToggle={setOpen} controls="linter-body">
          {linterText('linterRegion')}
        </DisclosureButton>
      </h2>
      <div id="linter-body" hidden={!open}>
        <p class="muted">{linterText('linterIntro')}</p>
        <LinterBody linter={linter} summaryRole="live" rows={6} idPrefix="panel" />
        <DryRunPanel expression={linter.draft.expression} targetId={linter.draft.targetId} />
      </div>
    </section>
  );
}
