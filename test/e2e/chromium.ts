import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];

/** Finds the Chromium to drive: CHROMIUM_PATH first, then Debian's package. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's package " +
      '(apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary. ' +
      "Test tools' own browser downloads are not used.",
  );
}
