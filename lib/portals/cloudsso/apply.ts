import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { noticeText } from '../../i18n/notice';
import { NOTICE_HOST_TAG } from './selectors';

/**
 * The capture's only writes to the console page: a small notice in a shadow root, so the
 * console's styles cannot reach it. Its API takes no key, so it cannot show one.
 *
 * The shadow root is open so that tests (and assistive tools) can reach the buttons; what a page
 * script could gain from that is refused: the notice holds no secret, and a button only acts on
 * a real user's click or key press (`isTrusted`), so a page cannot press "Keep" for the admin.
 */
export interface Notice {
  /** The key was kept until `forgetAt`. */
  kept(forgetAt: number, minutes: number): void;
  /**
   * Asks whether to keep a key; resolves false on "Don't keep", Escape, or when replaced by a
   * newer ask or the script's end.
   */
  ask(minutes: number): Promise<boolean>;
  forgotten(): void;
  /** The key was not kept; says so unless the admin dismissed the question with Escape. */
  declined(): void;
  failed(): void;
  /**
   * The background says the key is gone (forgotten elsewhere, or its time passed): a notice
   * that says "kept" says "forgotten" instead; any other notice stays as it is.
   */
  keyGone(): boolean;
}

interface Action {
  label: string;
  primary?: boolean;
  run: () => void;
}

const CSS = `
  .notice { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px;
    box-sizing: border-box; padding: 12px 14px; border-radius: 8px; border: 1px solid #c9c9d1;
    background: #ffffff; color: #1b1b1f; box-shadow: 0 4px 16px rgba(0,0,0,.2);
    font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', 'Microsoft YaHei', sans-serif; }
  .title { font-weight: 600; margin: 0 0 4px; }
  .text { margin: 0 0 10px; }
  .actions { display: flex; gap: 8px; flex-wrap: wrap; }
  button { font: inherit; padding: 4px 10px; border-radius: 6px; cursor: pointer;
    border: 1px solid #c9c9d1; background: #f3f3f6; color: inherit; }
  button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
  button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    .notice { background: #26262c; color: #e6e6ea; border-color: #4a4a55; }
    button { background: #1b1b1f; border-color: #4a4a55; }
    button.primary { background: #a8c7fa; border-color: #a8c7fa; color: #062e6f; }
    button:focus-visible { outline-color: #a8c7fa; }
  }
`;

function formatTime(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

type Showing = 'kept' | 'ask' | 'other';

export async function createNotice(
  ctx: ContentScriptContext,
  onForget: () => Promise<boolean>,
): Promise<Notice> {
  let box: HTMLElement | null = null;
  let pendingAsk: ((keep: boolean) => void) | null = null;
  let showing: Showing | null = null;
  let dismissed = false;
  const settleAsk = (keep: boolean): void => {
    const resolve = pendingAsk;
    pendingAsk = null;
    resolve?.(keep);
  };
  const ui = await createShadowRootUi(ctx, {
    name: NOTICE_HOST_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: CSS,
    // Keys typed in the notice must not reach the console's own shortcuts.
    isolateEvents: true,
    onMount: (container) => {
      box = document.createElement('div');
      box.className = 'notice';
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', noticeText('region'));
      box.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape' || !e.isTrusted) return;
        // Escape while asking is the admin's "Don't keep", then the notice closes.
        dismissed = pendingAsk !== null;
        settleAsk(false);
        showing = null;
        ui.remove();
      });
      container.append(box);
      return box;
    },
  });
  const render = (state: Showing, text: string, actions: Action[]): void => {
    showing = state;
    if (!box?.isConnected) ui.mount();
    const root = box!;
    const title = document.createElement('p');
    title.className = 'title';
    title.textContent = noticeText('region');
    const message = document.createElement('p');
    message.className = 'text';
    message.setAttribute('role', 'status');
    message.textContent = text;
    const bar = document.createElement('div');
    bar.className = 'actions';
    for (const action of actions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.label;
      if (action.primary) button.className = 'primary';
      // Only a real click or key press acts; a page script's synthetic click does nothing.
      button.addEventListener('click', (e) => e.isTrusted && action.run());
      bar.append(button);
    }
    root.replaceChildren(title, message, bar);
  };
  const close: Action = {
    label: noticeText('close'),
    run: () => {
      showing = null;
      ui.remove();
    },
  };

  const notice: Notice = {
    kept: (forgetAt, minutes) =>
      render('kept', noticeText('kept', { minutes, time: formatTime(forgetAt) }), [
        {
          label: noticeText('forget'),
          primary: true,
          run: () =>
            void onForget().then(
              () => notice.forgotten(),
              () => notice.failed(),
            ),
        },
        close,
      ]),
    ask: (minutes) => {
      settleAsk(false);
      dismissed = false;
      return new Promise<boolean>((resolve) => {
        pendingAsk = resolve;
        render('ask', noticeText('ask', { minutes }), [
          { label: noticeText('keep'), primary: true, run: () => settleAsk(true) },
          { label: noticeText('dontKeep'), run: () => settleAsk(false) },
        ]);
      });
    },
    forgotten: () => render('other', noticeText('forgotten'), [close]),
    declined: () => {
      if (dismissed) dismissed = false;
      else render('other', noticeText('declined'), [close]);
    },
    failed: () => render('other', noticeText('failed'), [close]),
    keyGone: () => {
      if (showing !== 'kept') return false;
      notice.forgotten();
      return true;
    },
  };
  ctx.onInvalidated(() => settleAsk(false));
  return notice;
}
