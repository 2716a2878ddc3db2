import type { JSX } from 'preact';
import { triageText } from '../../../i18n/triage';
import { startRotation } from '../../../rotation';
import { currentDirectoryItem, directoriesItem, rotationsItem } from '../../../storage';
import { useAnnounce } from '../status';

/**
 * A 401/403 means the key no longer works: start the rotation for the current directory's
 * credential that expires first (enabled or unknown), and point to the card at the top.
 */
export function RotateAction(): JSX.Element {
  const announce = useAnnounce();
  const start = async (): Promise<void> => {
    const [directories, current, rotations] = await Promise.all([
      directoriesItem.get(),
      currentDirectoryItem.get(),
      rotationsItem.get(),
    ]);
    const directory = current ? directories[current] : Object.values(directories)[0];
    const credential = directory?.credentials
      .filter((c) => c.status !== 'disabled')
      .sort((a, b) => (a.expiresAt ?? Infinity) - (b.expiresAt ?? Infinity))[0];
    if (!directory || !credential) {
      announce(triageText('rotateNoCredential'), 'error');
      return;
    }
    const running = rotations[directory.key];
    if (!running || running.finishedAt !== null) {
      await rotationsItem.set({
        ...rotations,
        [directory.key]: startRotation(directory, credential.id, Date.now()),
      });
    }
    announce(triageText('rotateStarted'), 'info');
    document.getElementById('rotation-title')?.scrollIntoView({ block: 'start' });
  };
  return (
    <div class="primary-action">
      <button type="button" class="primary" onClick={() => void start()}>
        {triageText('rotate')}
      </button>
    </div>
  );
}
