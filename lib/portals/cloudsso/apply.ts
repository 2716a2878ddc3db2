import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import tokens from '../../ui/fluent-tokens.css?inline';
import { noticeText } from '../../i18n/notice';
import { NOTICE_HOST_TAG } from './selectors';

/**
 * The capture's only writes to the console page: a small notice in a shadow root, so the
 * console's styles cannot reach it. Its API takes no key, so it cannot show one.
 *
 * The shadow root is closed, so the page's scripts cannot reach it (assistive tools still can, and
 * tests do through the content script's world); the notice holds no secret anyway, and a button
 * only acts on a real user's click or key press (`isTrusted`), so a page cannot press "Keep" for
 * the admin.
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
  /** The kept key's time changed (kept longer in the side panel): the countdown follows. */
  keyTime(forgetAt: number): boolean;
}

/** What the notice's buttons ask of the rest of the content script. */
export interface NoticeActions {
  /** Forgets the key; resolves whether there was one. */
  forget(): Promise<boolean>;
  /** Opens the side panel (inside the admin's click); resolves false where the browser refuses. */
  openPanel(): Promise<boolean>;
}

interface Action {
  label: string;
  primary?: boolean;
  run: () => void;
}

/*
 * The notice's look: Fluent's tokens (the same file as the extension's pages, its `:root` turned
 * into the shadow root's host) and the pages' type ramp: 14 px text, 12 px captions.
 */
const CSS = `${tokens.replaceAll(':root', ':host')}
  .notice { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 380px;
    box-sizing: border-box; padding: 12px 16px; border-radius: var(--borderRadiusXLarge);
    border: 1px solid var(--colorNeutralStroke2); background: var(--colorNeutralBackground1);
    color: var(--colorNeutralForeground1); box-shadow: var(--shadow8);
    font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase300);
    line-height: var(--lineHeightBase300); text-align: left; }
  .title { font-weight: var(--fontWeightSemibold); margin: 0 0 4px; }
  .text { margin: 0 0 4px; }
  .time { margin: 0 0 12px; font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200);
    color: var(--colorNeutralForeground3); font-variant-numeric: tabular-nums; }
  .time:empty { display: none; }
  .actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
  button { font: inherit; font-weight: var(--fontWeightSemibold); min-height: 32px;
    padding: 5px 12px; border-radius: var(--borderRadiusMedium); cursor: pointer;
    border: 1px solid var(--colorNeutralStroke1); background: var(--colorNeutralBackground1);
    color: var(--colorNeutralForeground1); }
  button:hover { background: var(--colorNeutralBackground1Hover); }
  button.primary { background: var(--colorBrandBackground); border-color: transparent;
    color: var(--colorNeutralForegroundOnBrand); }
  button.primary:hover { background: var(--colorBrandBackgroundHover); }
  button:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 1px; }
`;

function formatTime(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** "29:41", "1:05:00". */
function formatLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

type Showing = 'kept' | 'ask' | 'other';

export async function createNotice(
  ctx: ContentScriptContext,
  actions: NoticeActions,
): Promise<Notice> {
  let box: HTMLElement | null = null;
  let pendingAsk: ((keep: boolean) => void) | null = null;
  let askTimer: ReturnType<typeof setTimeout> | undefined;
  let showing: Showing | null = null;
  // How the last question ended without an answer: the notice already says so.
  let unanswered: 'dismissed' | 'expired' | null = null;
  const settleAsk = (keep: boolean): void => {
    clearTimeout(askTimer);
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
    // Closed: the console's scripts cannot read, relabel or restyle the notice through its
    // shadow root (host.shadowRoot is null to them); `:host { all: initial !important }` from
    // WXT wins over the page's own !important rules on the host, so it cannot hide it by CSS.
    mode: 'closed',
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
        unanswered = pendingAsk !== null ? 'dismissed' : null;
        settleAsk(false);
        showing = null;
        ui.remove();
      });
      container.append(box);
      return box;
    },
  });
  // The countdown of a kept key: its own line, outside the status (a screen reader would hear it
  // every second), ticking only while the notice says "kept".
  let forgetAt: number | null = null;
  let timeLine: HTMLElement | null = null;
  const tick = (): void => {
    if (!timeLine || forgetAt === null) return;
    timeLine.textContent = noticeText('timeLeft', {
      time: formatLeft(forgetAt - Date.now()),
      clock: formatTime(forgetAt),
    });
  };
  ctx.setInterval(tick, 1000);
  const render = (
    state: Showing,
    text: string,
    buttons: Action[],
    until: number | null = null,
  ): void => {
    showing = state;
    forgetAt = until;
    if (!box?.isConnected) ui.mount();
    const root = box!;
    const title = document.createElement('p');
    title.className = 'title';
    title.textContent = noticeText('region');
    const message = document.createElement('p');
    message.className = 'text';
    message.setAttribute('role', 'status');
    message.textContent = text;
    timeLine = document.createElement('p');
    timeLine.className = 'time';
    tick();
    const bar = document.createElement('div');
    bar.className = 'actions';
    for (const action of buttons) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.label;
      if (action.primary) button.className = 'primary';
      // Only a real click or key press acts; a page script's synthetic click does nothing.
      button.addEventListener('click', (e) => e.isTrusted && action.run());
      bar.append(button);
    }
    root.replaceChildren(title, message, timeLine, bar);
  };
  const close: Action = {
    label: noticeText('close'),
    run: () => {
      showing = null;
      ui.remove();
    },
  };

  const forget: Action = {
    label: noticeText('forget'),
    run: () =>
      void actions.forget().then(
        () => notice.forgotten(),
        () => notice.failed(),
      ),
  };
  // The next step is in Entra: the primary action, the key's time beside it, Forget secondary.
  const showKept = (until: number, text: string): void => {
    const next: Action = {
      label: noticeText('continue'),
      primary: true,
      // No await before openPanel(): the browser allows it only inside this click.
      run: () =>
        void actions.openPanel().then(
          (opened) =>
            showing === 'kept' &&
            showKept(forgetAt ?? until, noticeText(opened ? 'panelOpened' : 'whereToClick')),
          () => showing === 'kept' && showKept(forgetAt ?? until, noticeText('whereToClick')),
        ),
    };
    render('kept', text, [next, forget, close], until);
  };

  const notice: Notice = {
    kept: (until) => showKept(until, noticeText('kept')),
    ask: (minutes) => {
      settleAsk(false);
      unanswered = null;
      return new Promise<boolean>((resolve) => {
        pendingAsk = resolve;
        // A key waiting for an answer is held no longer than a kept key would be: after the
        // time limit the question lapses, and the content script lets go of the key.
        askTimer = setTimeout(() => {
          unanswered = 'expired';
          settleAsk(false);
          render('other', noticeText('askExpired', { minutes }), [close]);
        }, minutes * 60_000);
        render('ask', noticeText('ask', { minutes }), [
          { label: noticeText('keep'), primary: true, run: () => settleAsk(true) },
          { label: noticeText('dontKeep'), run: () => settleAsk(false) },
        ]);
      });
    },
    forgotten: () => render('other', noticeText('forgotten'), [close]),
    declined: () => {
      if (unanswered) unanswered = null;
      else render('other', noticeText('declined'), [close]);
    },
    failed: () => render('other', noticeText('failed'), [close]),
    keyGone: () => {
      if (showing !== 'kept') return false;
      notice.forgotten();
      return true;
    },
    keyTime: (until) => {
      if (showing !== 'kept') return false;
      forgetAt = until;
      tick();
      return true;
    },
  };
  ctx.onInvalidated(() => settleAsk(false));
  return notice;
}
