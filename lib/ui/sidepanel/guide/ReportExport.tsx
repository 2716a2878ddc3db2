import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { rotationsItem } from '../../../storage';
import { useStored } from '../../hooks/useStored';
import { useAnnounce } from '../status';
import { pickCredential } from './model';
import { usePageCheck } from '../mappings/useMappingCheck';
import { buildReport } from './report';
import { guideText } from '../../../i18n/guide';
import type { Guide } from './useGuide';
import { downloadText } from '../../download';

/** Exports the Markdown report (a download) and shows it for review. It never holds the key. */
export function ReportExport({ guide }: { guide: Guide }): JSX.Element {
  const announce = useAnnounce();
  const mappings = usePageCheck();
  const rotation = useStored(rotationsItem)?.[guide.directoryKey] ?? null;
  const markdown = useMemo(
    () =>
      buildReport({
        directory: guide.directory,
        credential: pickCredential(guide.directory, guide.input.secret),
        app: guide.app,
        steps: guide.steps,
        rotation,
        now: guide.input.now,
        mappingCheck: mappings.check,
      }),
    [guide, mappings.check, rotation],
  );
  const download = (): void => {
    const date = new Date().toISOString().slice(0, 10);
    downloadText(markdown, `cloudsso-scim-report-${date}.md`, 'text/markdown');
    announce(guideText('reportSaved'), 'ok');
  };
  return (
    <div class="report">
      <button type="button" onClick={download}>
        {guideText('exportReport')}
      </button>
      <details>
        <summary>{guideText('previewReport')}</summary>
        <pre class="report-preview" data-testid="report-preview">
          {markdown}
        </pre>
      </details>
    </div>
  );
}
