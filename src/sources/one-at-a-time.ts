// A queue of one: each task starts when the one before it has settled. The kinds that load a
// WebAssembly engine (PGlite, Prisma's schema engine, the HCL parser) hold hundreds of MB each
// while they run; side by side their memory adds up (umami, Prisma relations read beside SQL
// migrations: 0.72–0.90 GB peak, one after another 0.62–0.66 GB) and nothing is gained, since
// their work runs on the one main thread anyway. Kinds without an engine still run beside them.

export type Queue = <T>(task: () => Promise<T>) => Promise<T>;

export function oneAtATime(): Queue {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = last.then(task, task);
    // A failed task must not stop the next one; its caller still gets the rejection.
    last = run.catch(() => undefined);
    return run;
  };
}
