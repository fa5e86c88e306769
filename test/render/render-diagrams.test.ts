// Every Mermaid diagram we ship or generate, rendered by the real mermaid bundle in a real Chromium:
// the committed example docs (`examples/**/docs/**/*.md`), and the docs the built CLI generates
// offline for every fixture system under `test/fixtures/systems/<name>/` (each folder is a
// repository; a new one is picked up without touching this file). `mermaid.parse` in Node (the unit
// tests) proves the syntax; this proves the drawing: no render error, and as many nodes drawn as
// the source declares. A PNG of each diagram is kept (test-output/render/, or
// ARCHITECT_DOCS_RENDER_OUT) with a report.json of sizes, to look at.
//
// Without Chromium (ARCHITECT_DOCS_CHROMIUM, default /usr/bin/chromium) the test FAILS when CI is
// set (.ci/run installs Debian's `chromium`) and is SKIPPED otherwise, saying so.
// ARCHITECT_DOCS_RENDER_REPOS (folders separated by the path delimiter) adds repositories of your own.

import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../support/action-runner.js';
import { CHROMIUM_PATH, chromiumInstalled, MermaidBrowser, type RenderedDiagram } from '../support/mermaid-browser.js';
import { declaredNodes, mermaidBlocks } from '../support/mermaid-source.js';

const SYSTEMS_DIR = join(PROJECT_ROOT, 'test/fixtures/systems');
const OUT_DIR = resolve(process.env.ARCHITECT_DOCS_RENDER_OUT ?? join(PROJECT_ROOT, 'test-output/render'));
/** Where the CLI writes a fixture's docs inside its temporary copy: a name no fixture uses. */
const GENERATED_DOCS_DIR = '.rendered-architecture-docs';

interface Diagram {
  /** `file:line` of the fence, relative to the docs it came from. */
  where: string;
  text: string;
}

interface Source {
  name: string;
  /** The diagrams to render (generating docs first when the source is a repository). */
  diagrams: () => Promise<Diagram[]>;
  /** Whether finding no diagram at all is a failure (committed example docs always have some). */
  mustHaveDiagrams: boolean;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && statSync(join(dir, f)).isFile())
    .map((f) => join(dir, f))
    .sort();
}

function diagramsOf(files: string[], root: string): Diagram[] {
  return files.flatMap((file) =>
    mermaidBlocks(readFileSync(file, 'utf8')).map((b) => ({
      where: `${relative(root, file)}:${b.line}`,
      text: b.text,
    })),
  );
}

/** Committed docs of the examples: every Markdown file with a `docs` folder in its path. */
function exampleSources(): Source[] {
  const examples = join(PROJECT_ROOT, 'examples');
  const files = markdownFiles(examples).filter((f) => relative(examples, f).split(sep).includes('docs'));
  const byExample = new Map<string, string[]>();
  for (const f of files) {
    const example = relative(examples, f).split(sep)[0]!;
    byExample.set(example, [...(byExample.get(example) ?? []), f]);
  }
  return [...byExample].map(([example, list]) => ({
    name: `examples/${example} (committed docs)`,
    diagrams: async () => diagramsOf(list, join(examples, example)),
    mustHaveDiagrams: true,
  }));
}

/** A repository's docs as the built CLI generates them offline, in a temporary copy of it. */
function generatedSource(name: string, repo: string): Source {
  return {
    name,
    mustHaveDiagrams: false,
    diagrams: async () => {
      const copy = mkdtempSync(join(tmpdir(), 'ad-render-'));
      try {
        cpSync(repo, copy, { recursive: true });
        const run = await runCli(['generate', '--offline', '--repo', copy, '--docs-dir', GENERATED_DOCS_DIR]);
        expect(run.code, `generate --offline on ${repo}\n${run.stdout}\n${run.stderr}`).toBe(0);
        const docs = join(copy, GENERATED_DOCS_DIR);
        return diagramsOf(markdownFiles(docs), docs);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    },
  };
}

function fixtureSystemSources(): Source[] {
  if (!existsSync(SYSTEMS_DIR)) return [];
  return readdirSync(SYSTEMS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => generatedSource(`test/fixtures/systems/${name} (generated)`, join(SYSTEMS_DIR, name)));
}

function extraRepoSources(): Source[] {
  const list = process.env.ARCHITECT_DOCS_RENDER_REPOS ?? '';
  return list
    .split(delimiter)
    .filter((p) => p.trim() !== '')
    .map((p) => generatedSource(`${resolve(p)} (generated)`, resolve(p)));
}

/**
 * Flowchart and erDiagram syntax our generator does not write (shapes, chains, `&`, text links,
 * subgraphs linked by id, word cardinalities, aliases), so the declared-node counter is checked
 * against Mermaid on more than the generator's own subset.
 */
const COUNTER_SAMPLES: Diagram[] = [
  {
    where: 'flowchart shapes and links',
    text: [
      'flowchart TD',
      '  %% a comment naming X --> Y',
      '  A[Start] --> B(Round) & C{Decide}',
      '  C -->|yes| D[(Database)] --> E((Circle))',
      '  C -- no --> F>Flag] -.-> G[[Subroutine]]',
      '  subgraph group [Group]',
      '    H{{Hex}} ==> I[/Slanted/]',
      '  end',
      '  E --- group',
      '  J:::warn ~~~ K; L["a; quoted | label --> here"]',
      '  classDef warn fill:#f96',
      '  style A fill:#fff',
    ].join('\n'),
  },
  {
    where: 'erDiagram words, aliases and bare entities',
    text: [
      'erDiagram',
      '  CUSTOMER ||--o{ ORDER : places',
      '  ORDER one or more to zero or many LINE-ITEM : contains',
      '  p["Product: catalogue"] {',
      '    string sku PK "stock keeping unit"',
      '  }',
      '  LINE-ITEM }|..|| p : "refers to"',
      '  LONELY',
    ].join('\n'),
  },
];

const sources: Source[] = [
  ...exampleSources(),
  ...fixtureSystemSources(),
  ...extraRepoSources(),
  { name: 'counter samples', diagrams: async () => COUNTER_SAMPLES, mustHaveDiagrams: true },
];

const inCi = process.env.CI === 'true' || process.env.CI === '1';
const missing = !chromiumInstalled();

describe.runIf(missing && inCi)('Chromium for the render test (CI)', () => {
  it('is installed', () => {
    throw new Error(
      `no Chromium at ${CHROMIUM_PATH}: the Mermaid render test needs it in CI ` +
        '(.ci/run installs it with `apt-get install -y chromium`; ARCHITECT_DOCS_CHROMIUM names another binary)',
    );
  });
});

if (missing && !inCi)
  console.warn(`render-diagrams: no Chromium at ${CHROMIUM_PATH}; skipping the render test (it fails when CI is set)`);

describe.skipIf(missing)('every Mermaid diagram renders in Chromium', () => {
  let browser: MermaidBrowser;
  let rendered = 0;
  /** One row per drawn diagram; `scale` below 1 is how much it shrank to fit the column. */
  const report: Array<{ source: string; where: string; png: string; scale: number } & Omit<RenderedDiagram, 'errors'>> =
    [];

  beforeAll(async () => {
    mkdirSync(OUT_DIR, { recursive: true });
    browser = await MermaidBrowser.launch();
  });

  afterAll(async () => {
    await browser?.close();
    writeFileSync(join(OUT_DIR, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  });

  it.each(sources)(
    '$name',
    async (source) => {
      const diagrams = await source.diagrams();
      if (source.mustHaveDiagrams) expect(diagrams.length, `${source.name} has no mermaid block`).toBeGreaterThan(0);
      // Only this source's own folder is emptied: the output folder may be one the caller named.
      const folder = join(OUT_DIR, fileSafe(source.name));
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      const problems: string[] = [];
      for (const diagram of diagrams) {
        const id = `diagram-${++rendered}`;
        const png = join(folder, `${fileSafe(diagram.where)}.png`);
        const result = await browser.render(id, diagram.text, png);
        const { errors, ...sizes } = result;
        if (errors.length > 0) {
          problems.push(`${diagram.where}: ${errors.join(' | ')}`);
          continue;
        }
        const scale = Math.round((sizes.shownWidth / sizes.naturalWidth) * 100) / 100;
        report.push({ source: source.name, where: diagram.where, png, scale, ...sizes });
        const declared = declaredNodes(diagram.text);
        if (declared && result.nodes !== declared.nodes.length)
          problems.push(
            `${diagram.where}: ${declared.kind} declares ${declared.nodes.length} nodes ` +
              `(${declared.nodes.join(', ')}) but Chromium drew ${result.nodes ?? 'none'}`,
          );
      }
      expect(problems).toEqual([]);
    },
    // Generating a fixture's docs boots the embedded database and replays its migrations.
    240_000,
  );
});

/** A name for a file: the path's separators and anything unusual become `_`. */
function fileSafe(name: string): string {
  return basename(name.replace(/[/\\:]+/g, '__')).replace(/[^\w.-]+/g, '_');
}
