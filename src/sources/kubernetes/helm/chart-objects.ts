// The objects a template sees besides `.Values`: `.Release`, `.Chart` (Chart.yaml under Go's field
// names), `.Capabilities` (what `helm template` assumes without a cluster), `.Files` (confined to
// the chart) and `.Template`.

import { posix } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import type { RepoReader } from '../../common/repo-reader.js';
import { GO_STRING, type GoMap } from './go-template/go-values.js';

/** The Kubernetes version `helm template` reports when no cluster is asked (`--kube-version` unset). */
export const DEFAULT_KUBE_VERSION = { major: 1, minor: 31 };

/** Group/versions the API server of that version serves; `Has` also answers `group/version/Kind`. */
const API_VERSIONS = [
  'v1',
  'admissionregistration.k8s.io/v1',
  'apiextensions.k8s.io/v1',
  'apiregistration.k8s.io/v1',
  'apps/v1',
  'authentication.k8s.io/v1',
  'authorization.k8s.io/v1',
  'autoscaling/v1',
  'autoscaling/v2',
  'batch/v1',
  'certificates.k8s.io/v1',
  'coordination.k8s.io/v1',
  'discovery.k8s.io/v1',
  'events.k8s.io/v1',
  'flowcontrol.apiserver.k8s.io/v1',
  'networking.k8s.io/v1',
  'node.k8s.io/v1',
  'policy/v1',
  'rbac.authorization.k8s.io/v1',
  'scheduling.k8s.io/v1',
  'storage.k8s.io/v1',
];

/** Adds methods a template may call without making them map keys (`range`, printing skip them). */
function withMethods<T extends object>(target: T, methods: Record<string, (...args: unknown[]) => unknown>): T {
  for (const [name, fn] of Object.entries(methods))
    Object.defineProperty(target, name, { value: fn, enumerable: false });
  return target;
}

export function releaseObject(name: string, namespace: string): GoMap {
  return { Name: name, Namespace: namespace, Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 };
}

/** Chart.yaml keys as the Go struct's fields: `appVersion` → `AppVersion`, `apiVersion` → `APIVersion`. */
export function chartObject(metadata: GoMap): GoMap {
  const out: GoMap = {};
  for (const [k, v] of Object.entries(metadata)) {
    const field = k === 'apiVersion' ? 'APIVersion' : k.charAt(0).toUpperCase() + k.slice(1);
    out[field] = v;
  }
  for (const f of ['Name', 'Version', 'AppVersion', 'Description', 'Type', 'Home', 'Icon', 'KubeVersion'])
    if (!(f in out)) out[f] = '';
  return out;
}

export function capabilitiesObject(): GoMap {
  const { major, minor } = DEFAULT_KUBE_VERSION;
  const version = `v${major}.${minor}.0`;
  const kubeVersion = { Version: version, Major: String(major), Minor: String(minor), GitVersion: version };
  Object.defineProperty(kubeVersion, GO_STRING, { value: () => version, enumerable: false });
  const apiVersions = withMethods({}, { Has: (v) => API_VERSIONS.includes(String(v)) || hasKind(String(v)) });
  const helmVersion = { Version: 'v3.16.0', GitCommit: '', GitTreeState: '', GoVersion: '' };
  return { KubeVersion: kubeVersion, APIVersions: apiVersions, HelmVersion: helmVersion };
}

function hasKind(v: string): boolean {
  const slash = v.lastIndexOf('/');
  return slash > 0 && API_VERSIONS.includes(v.slice(0, slash)) && /^[A-Z]/.test(v.slice(slash + 1));
}

/** Glob as Helm's Files.Glob: `*` within a folder, `**` across folders, `?` one character. */
function globRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',' && re.includes('(?:')) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** `.Files`: `Get`, `GetBytes`, `Lines`, `Glob` (itself a Files), `AsConfig`, `AsSecrets`. */
export function filesObject(files: Map<string, string>, reader: RepoReader): GoMap {
  const text = (path: string): string => {
    const file = files.get(posix.normalize(String(path)));
    if (!file) return '';
    const r = reader.read(file);
    return 'text' in r ? r.text : '';
  };
  const make = (paths: string[]): GoMap => {
    const entries: GoMap = {};
    for (const p of paths) entries[p] = text(p);
    return withMethods(entries, {
      Get: (p) => text(String(p)),
      GetBytes: (p) => text(String(p)),
      Lines: (p) => text(String(p)).split('\n'),
      Glob: (pattern) => {
        const re = globRegex(String(pattern));
        return make(paths.filter((p) => re.test(p)));
      },
      AsConfig: () => configOf(paths, text, (s) => s),
      AsSecrets: () => configOf(paths, text, (s) => Buffer.from(s, 'utf8').toString('base64')),
    });
  };
  // The root Files object loads contents lazily: only what a template asks for is read.
  const root = withMethods({} as GoMap, {});
  const all = [...files.keys()].sort();
  const glob = make([]);
  return withMethods(root, {
    Get: (p) => text(String(p)),
    GetBytes: (p) => text(String(p)),
    Lines: (p) => text(String(p)).split('\n'),
    Glob: (pattern) => {
      const re = globRegex(String(pattern));
      return make(all.filter((p) => re.test(p)));
    },
    AsConfig: () => (glob as { AsConfig: () => unknown }).AsConfig(),
    AsSecrets: () => (glob as { AsSecrets: () => unknown }).AsSecrets(),
  });
}

function configOf(paths: string[], text: (p: string) => string, encode: (s: string) => string): string {
  const out: Record<string, string> = {};
  for (const p of paths) out[posix.basename(p)] = encode(text(p));
  if (!paths.length) return '';
  return stringifyYaml(out, { sortMapEntries: true, lineWidth: 0 }).replace(/\n$/, '');
}

export function templateObject(helmName: string): GoMap {
  const basePath = helmName.slice(0, helmName.indexOf('/templates/') + '/templates'.length);
  return { Name: helmName, BasePath: basePath };
}
