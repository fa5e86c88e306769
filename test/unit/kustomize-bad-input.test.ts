// Broken kustomizations: each problem is a diagnostic at the file and line that has it, the rest
// of the overlay is still built, nothing throws, and nothing runs without bound.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/facts/model.js';
import { repoReader } from '../../src/sources/common/repo-reader.js';
import { buildKustomization } from '../../src/sources/kubernetes/kustomize/build-kustomization.js';

const ROOT = fileURLToPath(new URL('../fixtures/infra/kustomize/broken', import.meta.url));

async function build(dir: string, root = ROOT, useTool = false) {
  const reader = repoReader(root, () => undefined);
  return buildKustomization(dir, { repoRoot: root, reader, useTool });
}

const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.severity} ${d.file}:${d.line} ${d.message}`);
const names = (docs: Array<{ value: unknown }>) =>
  docs.map((d) => {
    const v = d.value as { kind: string; metadata: { name: string } };
    return `${v.kind}/${v.metadata.name}`;
  });

describe('bad kustomizations', () => {
  it('a missing resource file: an error at its line, the other resources built', async () => {
    const built = await build('missing-file');
    expect(brief(built.diagnostics)).toEqual([
      'error missing-file/kustomization.yaml:3 resource nowhere.yaml does not exist',
    ]);
    expect(names(built.set.documents)).toEqual(['Deployment/api']);
  });

  it('paths leaving the repository are refused, never read', async () => {
    const built = await build('outside');
    expect(brief(built.diagnostics)).toEqual([
      'warning outside/kustomization.yaml:2 ../missing-file/deployment.yaml is a file outside this ' +
        "kustomization's folder, which kustomize refuses to load; read anyway",
      'error outside/kustomization.yaml:3 ../../../../../../../etc/hostname is outside the repository; not read',
      'error outside/kustomization.yaml:4 /etc/passwd is outside the repository; not read',
    ]);
    expect(built.consumed).toEqual(['missing-file/deployment.yaml', 'outside/kustomization.yaml']);
  });

  it('a cycle is reported once, with its path', async () => {
    const built = await build('cycle/a');
    expect(brief(built.diagnostics)).toEqual([
      'error cycle/b/kustomization.yaml:2 ../a makes a cycle (cycle/a → cycle/b → cycle/a); not built again',
    ]);
    expect(built.set.documents).toEqual([]);
  });

  it('tabs and duplicate keys are YAML errors with their line; other documents of the file are read', async () => {
    const tabs = await build('tabs');
    expect(tabs.diagnostics).toHaveLength(1);
    expect(tabs.diagnostics[0]).toMatchObject({ severity: 'error', file: 'tabs/kustomization.yaml', line: 2 });
    expect(tabs.diagnostics[0]!.message).toMatch(/^YAML syntax error: .*tab/i);

    const duplicate = await build('duplicate-keys');
    expect(duplicate.diagnostics).toHaveLength(1);
    expect(duplicate.diagnostics[0]).toMatchObject({ severity: 'error', file: 'duplicate-keys/service.yaml', line: 5 });
    expect(duplicate.diagnostics[0]!.message).toMatch(/unique/);
    expect(names(duplicate.set.documents)).toEqual(['ConfigMap/a-still-read']);
  });

  it('a patch whose target matches nothing, or that fails, is a diagnostic at its entry', async () => {
    const built = await build('no-match');
    expect(brief(built.diagnostics)).toEqual([
      'warning no-match/kustomization.yaml:4 patch target (kind=StatefulSet, name=api) matches no object; ' +
        'the patch is not applied',
      'warning no-match/kustomization.yaml:11 patch target (kind=Deployment, name=nobody, group=apps) ' +
        'matches no object; the patch is not applied',
      'error no-match/kustomization.yaml:18 JSON 6902 patch on Deployment api: replace /spec/notThere/deeper: ' +
        'parent path does not exist',
    ]);
    expect(names(built.set.documents)).toEqual(['Deployment/api']);
  });

  it('remote resources are a notice, never fetched, and keep kubectl from running', async () => {
    const built = await build('remote', ROOT, true);
    expect(brief(built.diagnostics)).toEqual([
      'notice remote/kustomization.yaml:2 github.com/example/platform//deploy/base?ref=v1.2.0 is a remote ' +
        'resource; not fetched, the rest is built without it',
      'notice remote/kustomization.yaml:3 https://raw.githubusercontent.com/example/platform/main/crds.yaml is a ' +
        'remote resource; not fetched, the rest is built without it',
      ...(built.diagnostics.length === 3
        ? [
            'notice remote/kustomization.yaml:1 kubectl kustomize not run: the overlay names remote resources, ' +
              'which are not fetched',
          ]
        : []),
    ]);
    expect(names(built.set.documents)).toEqual(['Deployment/api']);
  });

  it('a folder without a kustomization says so', async () => {
    expect(brief((await build('cycle')).diagnostics)).toEqual([
      'error cycle:undefined no kustomization.yaml in this folder',
    ]);
  });

  describe('nesting far past any real tree', () => {
    const deep = mkdtempSync(join(tmpdir(), 'kustomize-deep-'));
    afterAll(() => rmSync(deep, { recursive: true, force: true }));
    const levels = 60;
    for (let i = 0; i < levels; i++) {
      mkdirSync(join(deep, `l${i}`));
      const next = i + 1 < levels ? `  - ../l${i + 1}\n` : '';
      writeFileSync(join(deep, `l${i}`, 'kustomization.yaml'), `namePrefix: p${i}-\nresources:\n${next}`);
    }
    it('stops at the depth cap with an error, quickly', async () => {
      const started = Date.now();
      const built = await build('l0', deep);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(brief(built.diagnostics)).toEqual([
        'error l19/kustomization.yaml:3 ../l20 is nested more than 20 kustomizations deep; not built',
      ]);
    });
  });
});
