/**
 * Runs async tasks one after another. Storage updates are read-modify-write; without this, two
 * frames announcing themselves at once would each overwrite the other's record.
 */
export function createSerializer(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
