import { ConfigError } from './config-error.js';
import type { Config, LoadedSystems, SystemFile } from './config-schema.js';
import { defaultSources, SYSTEM_NAME, SYSTEM_NAME_RULE } from './config-values.js';
import { buildConfig } from './load-config.js';

// A monorepo's config file names several systems, each with its own sources and docs folder. Each
// becomes a Config of its own, run by the one pipeline as if it were a repository by itself: its
// state file lives in its docs folder, so the systems never share what they know.

/**
 * The Configs to run: the loaded one as it is when the file has no `systems:`, else every system's
 * in the file's order, or only the one named. `origin` says where the name came from.
 */
export function resolveSystems(config: Config, name?: string, origin = 'inputs'): Config[] {
  const wanted = name?.trim() || undefined;
  if (wanted !== undefined && !SYSTEM_NAME.test(wanted))
    throw new ConfigError(`system "${wanted}" ${SYSTEM_NAME_RULE}`, origin);
  const loaded = config.systems;
  if (!loaded) {
    if (wanted === undefined) return [config];
    throw new ConfigError(
      `system "${wanted}" was asked for, but ${config.configFile ?? 'the config file'} defines no systems ` +
        '(add a `systems:` map to it, or leave the system out)',
      config.configFile ?? origin,
    );
  }
  const names = Object.keys(loaded.entries);
  if (wanted !== undefined && !names.includes(wanted))
    throw new ConfigError(
      `unknown system "${wanted}": ${loaded.configPath} defines ${names.map((n) => `"${n}"`).join(', ')}`,
      origin,
    );
  if (loaded.file['docs-dir'] !== undefined)
    throw new ConfigError(
      'docs-dir at the top level has no use with systems: each system names its own docs-dir',
      loaded.configPath,
    );
  // A docs-dir input or flag can only ever be one system's: with several they would all write there.
  if (loaded.overrides.docsDir !== undefined && wanted === undefined && names.length > 1)
    throw new ConfigError(
      'docs-dir cannot be given for all systems at once: each system has its own in ' +
        `${loaded.configPath} (name one system to override its docs-dir)`,
      loaded.overridesOrigin,
    );

  // Every system is resolved, even when one is asked for: a conflict is an error in every job.
  // A docs-dir override is the named system's alone: the others keep theirs, so the check holds.
  const { docsDir: _dir, ...others } = loaded.overrides;
  const all = names.map((n) =>
    systemConfig(config.repoRoot, n, loaded.entries[n]!, n === wanted ? loaded.overrides : others, loaded),
  );
  checkDocsDirs(all, loaded.configPath);
  return wanted === undefined ? all : all.filter((c) => c.system === wanted);
}

/** The top level laid under the system: a key the system sets replaces the top level's, one by one. */
function systemConfig(
  repoRoot: string,
  name: string,
  system: SystemFile,
  overrides: LoadedSystems['overrides'],
  loaded: LoadedSystems,
): Config {
  const top = loaded.file;
  const merged = {
    'docs-dir': system['docs-dir'],
    'templates-dir': system['templates-dir'] ?? top['templates-dir'],
    // The top level's `sources` comes with its defaults filled in; the system's has none.
    sources: { ...(top.sources ?? defaultSources()), ...system.sources },
    agent: { ...top.agent, ...system.agent },
    // The catalog's System entity is the system's, unless the config names one.
    catalog: { system: name, ...top.catalog, ...system.catalog },
  };
  const config = buildConfig(repoRoot, merged, loaded.configPath, overrides, loaded.overridesOrigin);
  return { ...config, system: name };
}

/** Two systems writing one folder would overwrite each other's docs and state file. */
function checkDocsDirs(configs: Config[], configPath: string): void {
  for (const [i, a] of configs.entries())
    for (const b of configs.slice(i + 1)) {
      const [x, y] = [a.docsDir, b.docsDir];
      if (x === y)
        throw new ConfigError(
          `systems "${a.system}" and "${b.system}" share the docs-dir "${x}": each system needs its own`,
          configPath,
        );
      if (y.startsWith(`${x}/`) || x.startsWith(`${y}/`))
        throw new ConfigError(
          `the docs-dir of system "${a.system}" ("${x}") and of "${b.system}" ("${y}") are nested: ` +
            'each system needs a folder of its own, neither inside the other',
          configPath,
        );
    }
}
