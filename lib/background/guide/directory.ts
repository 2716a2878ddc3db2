import type { Directory } from '../../storage';

/**
 * The CloudSSO directory the guide works for, the same in the background and the side panel:
 * the current one, else the one the kept key belongs to, else the last updated; "" before any
 * directory is captured (progress is then kept under "").
 */
export function pickDirectoryKey(
  directories: Record<string, Directory>,
  currentKey: string | null,
  secretDirectoryKey: string | null,
): string {
  if (currentKey && directories[currentKey]) return currentKey;
  if (secretDirectoryKey && directories[secretDirectoryKey]) return secretDirectoryKey;
  const latest = Object.values(directories).sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return latest?.key ?? currentKey ?? '';
}
