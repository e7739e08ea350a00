/**
 * Runs `work` on every item, `size` at a time, each lane with its own resource from `open` (a
 * browser tab): items are taken in order as lanes free up. Rejects with the first error.
 */
export async function inPool<T, R>(items: readonly T[], size: number, open: () => Promise<R>, work: (resource: R, item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    const resource = await open();
    while (next < items.length) await work(resource, items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, lane));
}
