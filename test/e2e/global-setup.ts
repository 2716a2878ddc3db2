import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './chromium';
import { EXT_DIR } from './paths';

/** Fails the e2e run up front, with a useful message, when its prerequisites are missing. */
export default function setup(): void {
  findChromium();
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXT_DIR}. Run "npm run build" first (npm test does).`);
  }
}
