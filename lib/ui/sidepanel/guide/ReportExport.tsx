import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { useAnnounce } from '../status';
import { pickCredential } from './model';
import { buildReport } from './report';
import { guideText as t } from '../../../i18n/guide';
import type { Guide } from './useGuide';

/** Exports the Markdown report (a download) and shows it for review. It never holds the key. */
export function ReportExport({ guide }: { guide: Guide }): JSX.Element {
  const announce = useAnnounce();
  const markdown = useMemo(
    () =>
      buildReport({
        directory: guide.directory,
        credential: pickCredential(guide.directory, guide.input.secret),
        app: guide.app,
        steps: guide.steps,
        now: guide.input.now,
      }),
    [guide],
  );
  const download = (): void => {
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `cloudsso-scim-report-${new Date().toISOString().slice(0, 10)}.md`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(t('reportSaved'), 'ok');
  };
  return (
    <div class="report">
      <button type="button" onClick={download}>
        {t('exportReport')}
      </button>
      <details>
        <summary>{t('previewReport')}</summary>
        <pre class="report-preview" data-testid="report-preview">
          {markdown}
        </pre>
      </details>
    </div>
  );
}
