import { mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface FileChange {
  /** Repo-relative path. */
  file: string;
  text: string;
  /** The file goes (a state file of an earlier format); `text` is then empty. */
  remove?: true;
}

/**
 * Writes all changes or none: every file goes to a temporary sibling first, and only when all
 * of them are written are they renamed into place, so a failure never leaves half the docs new.
 * Paths are checked to stay inside `allowedDir`: generated output can only land in the docs folder.
 */
export async function writeFilesAtomically(repoRoot: string, allowedDir: string, changes: FileChange[]): Promise<void> {
  const root = resolve(repoRoot, allowedDir);
  const staged: { tmp: string; target: string }[] = [];
  try {
    for (const change of changes) {
      const target = resolve(repoRoot, change.file);
      const rel = relative(root, target);
      if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || resolve(root, rel) !== target) {
        throw new Error(`refusing to write ${change.file}: outside the docs folder ${allowedDir}`);
      }
      if (change.remove) {
        staged.push({ tmp: '', target });
        continue;
      }
      await mkdir(dirname(target), { recursive: true });
      // A symlinked folder inside the docs folder must not carry the write elsewhere.
      const realParent = await realpath(dirname(target));
      const realRoot = await realpath(root).catch(() => root);
      if (realParent !== realRoot && !realParent.startsWith(`${realRoot}${sep}`))
        throw new Error(`refusing to write ${change.file}: its folder resolves outside the docs folder ${allowedDir}`);
      const tmp = join(dirname(target), `.${Date.now()}-${process.pid}-${staged.length}.architect-docs.tmp`);
      await writeFile(tmp, change.text, 'utf8');
      staged.push({ tmp, target });
    }
  } catch (err) {
    await Promise.all(staged.filter((s) => s.tmp).map((s) => rm(s.tmp, { force: true })));
    throw err;
  }
  for (const s of staged) await (s.tmp ? rename(s.tmp, s.target) : rm(s.target, { force: true }));
}
