import { commonText } from '../../../i18n/common';
import { capturedText } from '../../../i18n/captured';
import { fillText } from '../../../i18n/fill';
import { guideText } from '../../../i18n/guide';
import type { FillOutcome, FillResult } from '../../../storage/guide';
import type { Tone } from '../../common/Message';

/**
 * How each fill outcome is shown: its tone, and whether the admin now needs the values to copy
 * by hand (every refusal). One entry per outcome code, so a new code cannot be left out: the
 * Record fails to compile until it has its entry, and its sentence in lib/i18n/fill.ts.
 */
interface OutcomeView {
  tone: Tone;
  /** Show Tenant URL and Secret token to copy into the form by hand. */
  byHand: boolean;
}

const refused: OutcomeView = { tone: 'error', byHand: true };

export const FILL_OUTCOMES: Record<FillResult, OutcomeView> = {
  filled: { tone: 'ok', byHand: false },
  'no-secret': { tone: 'error', byHand: false },
  'no-endpoint': { tone: 'error', byHand: false },
  'bad-secret': { tone: 'error', byHand: false },
  'saved-secret': { tone: 'info', byHand: false },
  // A question, not a refusal: the panel asks which app gets the key (FillAction).
  'other-app': { tone: 'warn', byHand: false },
  'endpoint-unverified': refused,
  'secret-changed': refused,
  'no-form': refused,
  'not-allowed': refused,
  unreachable: refused,
  failed: refused,
  'tenant-url-not-kept': refused,
  'secret-not-kept': refused,
  'neither-kept': refused,
  'no-tenant-url': refused,
  'no-secret-token': refused,
  'secret-not-password': refused,
  ambiguous: refused,
  hidden: refused,
  disabled: refused,
  unconfirmed: refused,
};

/** "d-xxxx (China site)" for a directory key "cn:d-xxxx". */
function directoryLabel(key: string): string {
  const [site, id] = key.split(':');
  return `${id && id !== 'site' ? `${id} ` : ''}(${commonText(site === 'cn' ? 'siteCn' : 'siteIntl')})`;
}

const stepTitle = (n: number): string => guideText(`step${n}` as 'step1');

/** The outcome in one or two sentences, from its code and parameters. */
export function outcomeText(o: FillOutcome): string {
  if (o.result === 'filled') return fillText(o.trigger === 'auto' ? 'r_filledAuto' : 'r_filled');
  if (o.result === 'failed') return fillText('r_failed', { reason: o.reason ?? '' });
  if (o.result === 'no-endpoint' && o.directoryKey)
    return fillText('r_no-endpoint-directory', { directory: directoryLabel(o.directoryKey) });
  if (o.result === 'endpoint-unverified')
    return fillText('r_endpoint-unverified', {
      why: o.endpointIssue ? capturedText(`issue_${o.endpointIssue}`) : '',
    });
  const n = o.step ?? 5;
  return fillText(`r_${o.result}`, { n, title: stepTitle(n) });
}
