import { posix } from 'node:path';

// Some tools keep each schema version in a folder of its own, one or more .sql files in each:
// Temporal's and Cadence's `versioned/v1.0/schema.sql`, `versioned/v1.1/cluster_metadata.sql` …
// `versioned/v1.19/…`. Each folder is one step of one history, so the files belong to one set at
// the folder above them, applied in version order (v1.9 before v1.10), then by name inside a
// version. Read as separate folders, every step was replayed alone: an ALTER of a table created
// one version earlier failed, and each table was "defined by another migration folder".

/** `v1.0`, `V2`, `1.2.3`: a version and nothing else. */
const VERSION_FOLDER = /^v?(\d+(?:\.\d+)*)$/i;

/** A file inside a version folder: the set's folder and the version the file belongs to. */
export interface VersionedFile {
  dir: string;
  version: string;
}

/**
 * The files of `sqlFiles` that sit in version folders. A folder counts when at least two version
 * folders share its parent: one folder named `v2` among ordinary ones is only a name.
 */
export function versionFolders(sqlFiles: readonly string[]): Map<string, VersionedFile> {
  const versionsUnder = new Map<string, Set<string>>();
  for (const file of sqlFiles) {
    const folder = posix.dirname(file);
    if (!VERSION_FOLDER.test(posix.basename(folder))) continue;
    const parent = posix.dirname(folder);
    const seen = versionsUnder.get(parent) ?? new Set();
    seen.add(posix.basename(folder));
    versionsUnder.set(parent, seen);
  }
  const out = new Map<string, VersionedFile>();
  for (const file of sqlFiles) {
    const folder = posix.dirname(file);
    const match = VERSION_FOLDER.exec(posix.basename(folder));
    const parent = posix.dirname(folder);
    if (match && (versionsUnder.get(parent)?.size ?? 0) >= 2) out.set(file, { dir: parent, version: match[1]! });
  }
  return out;
}
