/**
 * Runs `task(0)` alone, then `task(1)` … `task(count - 1)` with at most `limit` running at once,
 * each started in index order as a slot frees. The first task runs alone because its model call
 * writes the prompt cache that every later call reads: started together, they would all write it.
 * A task that throws stops new ones from starting; the rest finish, then the first error is thrown
 * (nothing is left running behind the caller's back).
 */
export async function firstThenPool(
  count: number,
  limit: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  if (count === 0) return;
  await task(0);
  let next = 1;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < count) {
      const index = next++;
      try {
        await task(index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(limit), count - 1));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure) throw failure.error;
}
