import { readConsole, type ConsoleSnapshot } from '@/lib/portals/cloudsso/extract';

/** Renders literal console markup into the test document and reads it as the capture would. */
export function read(html: string, pathname = '/setting'): ConsoleSnapshot {
  document.body.innerHTML = html;
  return readConsole(document, { pathname });
}

/** A Fusion-style form item: label cell and control cell, as the console lays them out. */
export function formItem(label: string, control: string): string {
  return `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
}

export function fusionSwitch(on: boolean): string {
  return `<button type="button" role="switch" aria-checked="${on}" class="next-switch next-switch-${on ? 'on' : 'off'}"><span class="next-switch-children"></span></button>`;
}

/** A made-up key for literal markup; e2e keys come from the fixture page's own crypto. */
export const KEY = 'Zq8ddT2XkW4pLm9RvB3nYc7';
