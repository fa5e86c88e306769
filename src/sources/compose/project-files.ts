// Which Compose files form which project, so that each file is read once and in its place:
//
// - In one folder, `compose.yaml` / `compose.yml` / `docker-compose.yaml` / `docker-compose.yml`
//   is the main file (the first of those names, as `docker compose` picks it), and the first
//   `compose.override.*` / `docker-compose.override.*` beside it is merged over it. Neither is read
//   on its own.
// - Other Compose files beside a main file (`docker-compose.prod.yml`) are environment variants,
//   used with `docker compose -f docker-compose.yml -f docker-compose.prod.yml`. A variant whose
//   every service has an `image`, `build` or `extends` runs by itself: it is read as its own
//   project. A variant with a fragment of a service (no image, build or extends) only means
//   something over the main file: it is not read as a project (a notice says so), because its
//   services would be documented half-defined, and the main file already documents them.
// - A file another Compose file `include`s or `extends` from is read through that file only.
// - Anything else (a lone `quickstart.yml`, an override with no main file) is its own project.

import { posix } from 'node:path';
import type { Diagnostic } from '../../facts/model.js';
import type { Json } from './merge-services.js';

export const MAIN_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
export const OVERRIDE_NAMES = [
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yaml',
  'docker-compose.override.yml',
];

export interface ProjectPlan {
  /** Main file first, then its override. */
  files: string[];
}

export interface PlannedProjects {
  projects: ProjectPlan[];
  /** Discovered files that are not a project of their own and must not become one later. */
  skipped: Set<string>;
  diagnostics: Diagnostic[];
}

/**
 * Groups discovered files into projects. `peek` gives a file's value as written (undefined when
 * unreadable): enough to see its `include` and `extends` paths and whether its services are whole.
 */
export function planProjects(files: string[], peek: (file: string) => Json | undefined): PlannedProjects {
  const diagnostics: Diagnostic[] = [];
  const skipped = new Set<string>();
  const referenced = new Set<string>();
  for (const file of files) for (const ref of referencedFiles(file, peek(file))) if (ref !== file) referenced.add(ref);

  const byDir = new Map<string, string[]>();
  for (const file of [...files].sort()) {
    const dir = posix.dirname(file);
    byDir.set(dir, [...(byDir.get(dir) ?? []), file]);
  }
  const projects: ProjectPlan[] = [];
  for (const [dir, inDir] of byDir) {
    const named = (names: string[]) =>
      names.map((n) => (dir === '.' ? n : `${dir}/${n}`)).filter((f) => inDir.includes(f));
    const main = named(MAIN_NAMES)[0];
    const overrides = named(OVERRIDE_NAMES);
    if (!main) {
      for (const file of inDir) if (!referenced.has(file)) projects.push({ files: [file] });
      continue;
    }
    const override = overrides[0];
    // A main file another project includes is read through that project only.
    if (!referenced.has(main)) projects.push({ files: override ? [main, override] : [main] });
    else if (override) skipped.add(override);
    for (const file of inDir) {
      if (file === main || file === override || referenced.has(file)) continue;
      const note = (message: string) =>
        diagnostics.push({ severity: 'notice', stage: 'infra', file, line: 1, message });
      if (overrides.includes(file)) {
        skipped.add(file);
        note(`not read: docker compose merges only ${override} over ${main}`);
      } else if (isFragment(peek(file))) {
        skipped.add(file);
        note(
          `an environment variant of ${main} (docker compose -f ${posix.basename(main)} -f ${posix.basename(file)}): ` +
            `its services are documented from ${main}`,
        );
      } else projects.push({ files: [file] });
    }
  }
  return { projects, skipped, diagnostics };
}

/** Repo-relative files a Compose file `include`s or `extends` services from. */
export function referencedFiles(file: string, root: Json | undefined): string[] {
  if (!root) return [];
  const here = posix.dirname(file);
  const out: string[] = [];
  const add = (p: unknown) => {
    if (typeof p === 'string' && !p.includes('$')) out.push(posix.normalize(posix.join(here, p)));
  };
  if (Array.isArray(root.include)) {
    for (const entry of root.include) {
      const path = asRecord(entry)?.path ?? entry;
      for (const p of Array.isArray(path) ? path : [path]) add(p);
    }
  }
  for (const body of Object.values(asRecord(root.services) ?? {})) add(asRecord(asRecord(body)?.extends)?.file);
  return out;
}

/** A file with a service that has no `image`, `build` or `extends` is a fragment for another file. */
function isFragment(root: Json | undefined): boolean {
  const services = Object.values(asRecord(root?.services) ?? {});
  return services.some((s) => {
    const body = asRecord(s) ?? {};
    return body.image === undefined && body.build === undefined && body.extends === undefined;
  });
}

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
