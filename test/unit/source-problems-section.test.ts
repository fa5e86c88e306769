import { describe, expect, it } from 'vitest';
import { stringify } from '../../src/docs/markdown.js';
import { overviewSourceProblems } from '../../src/docs/sections/source-problems-section.js';
import { emptyFacts, type Diagnostic } from '../../src/facts/model.js';
import { extractCompose } from '../../src/sources/compose/extract-compose.js';
import { factFindings } from '../../src/facts/fact-rules.js';

// The files the diagnostics are about were inputs of the run (found, then failed to read).
const inputsOf = (diagnostics: Diagnostic[]) =>
  [...new Set(diagnostics.map((d) => d.file).filter((f) => f !== '.'))].map((file) => ({
    file,
    kind: 'compose',
    sha256: '0'.repeat(64),
  }));

const render = (diagnostics: Diagnostic[], inputs = inputsOf(diagnostics)) =>
  stringify(
    overviewSourceProblems({
      facts: { ...emptyFacts(), diagnostics, inputs },
      docFile: 'docs/architecture/README.md',
      docsDir: 'docs/architecture',
      services: [],
    }),
  ).trim();

describe('the overview says what could not be read', () => {
  it('says plainly that nothing was read when no source was found', () => {
    const text = render([
      { severity: 'warning', stage: 'discovery', file: '.', message: 'no API contract … found among the 3 files' },
    ]);
    expect(text.split('\n')[0]).toBe(
      'No source was read: the repository holds no file any source kind reads, or none that could be read.',
    );
    expect(text).toContain('| warning | . | no API contract … found among the 3 files |');
  });

  it('lists errors before warnings, each at its place; notices are only counted', () => {
    expect(
      render([
        { severity: 'notice', stage: 'discovery', file: '.', message: '3 files in test folders were not read' },
        { severity: 'warning', stage: 'infra', file: 'chart/Chart.yaml', message: 'dependency redis is not vendored' },
        {
          severity: 'error',
          stage: 'infra',
          file: 'compose.yaml',
          line: 4,
          message: 'cannot read YAML:\n  too many aliases',
        },
      ]).split('\n'),
    ).toEqual([
      '2 problem(s) came up while reading the sources (1 error(s), 1 warning(s)); ' +
        'what the files they name describe may be missing from these docs or incomplete. ' +
        "1 notice(s) say what was skipped on purpose (test folders, unused overlays …); the run's log lists them.",
      '',
      '| Severity | Where | Problem |',
      '| - | - | - |',
      '| error | [compose.yaml:4](../../compose.yaml#L4) | cannot read YAML: too many aliases |',
      '| warning | chart/Chart.yaml | dependency redis is not vendored |',
    ]);
  });

  it('says so when everything was read', () => {
    expect(render([])).toBe('_Every source was read._');
  });
});

describe('real-world shapes that used to be lost', () => {
  it('a Compose file of many `<<: *defaults` merges (Sentry expands past 1,000 aliases) is read', () => {
    // The `yaml` package weighs an alias by the uses of the aliases inside it: an anchor defined
    // after 300 uses of `*restart` and holding one more weighs 300 a use, as Sentry's `snuba_defaults` does.
    const early = Array.from({ length: 300 }, (_, i) => `  w${i}:\n    <<: *restart\n    image: ghcr.io/acme/w:1`);
    const late = Array.from({ length: 5 }, (_, i) => `  s${i}:\n    <<: *late\n    command: [run, s${i}]`);
    const text =
      'x-restart: &restart\n  restart: unless-stopped\nservices:\n' +
      `${early.join('\n')}\n  base: &late\n    <<: *restart\n    image: ghcr.io/acme/s:1\n${late.join('\n')}\n`;
    const r = extractCompose('docker-compose.yml', text);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.facts.components).toHaveLength(306);
  });

  it('a Deployment parked at `replicas: 0` is not called a single replica', () => {
    const facts = emptyFacts();
    facts.infra.components.push({
      id: 'k8s:Deployment/default/inflate',
      platform: 'kubernetes',
      kind: 'Deployment',
      name: 'inflate',
      namespace: 'default',
      deployable: true,
      image: 'public.ecr.aws/eks-distro/kubernetes/pause:3.7',
      replicas: 0,
      ports: [],
      env: [],
      source: { file: 'k8s/inflate.yaml', line: 1 },
    });
    expect(factFindings(facts).map((f) => f.rule)).not.toContain('k8s-single-replica');
  });
});
