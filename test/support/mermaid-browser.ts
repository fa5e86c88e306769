// Mermaid as a reader sees it: the real mermaid bundle in a real Chromium (Debian's, driven by
// playwright-core, which downloads no browser), one page for every diagram. The page is built
// from a string and the bundle is injected from node_modules, and every request the page makes is
// refused, so a render never reaches the network.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { PROJECT_ROOT } from './action-runner.js';

/** Debian's package (`apt-get install chromium`); `ARCHITECT_DOCS_CHROMIUM` names another binary. */
export const CHROMIUM_PATH = process.env.ARCHITECT_DOCS_CHROMIUM ?? '/usr/bin/chromium';

const MERMAID_BUNDLE = join(PROJECT_ROOT, 'node_modules/mermaid/dist/mermaid.min.js');

/**
 * The column a diagram gets: about the width of GitHub's Markdown body, where these docs are read.
 * Mermaid scales a diagram down to it (`useMaxWidth`), so a screenshot shows the text as small as a
 * reader would see it.
 */
export const COLUMN_WIDTH = 1000;

export interface RenderedDiagram {
  /** Mermaid's name for the diagram it drew (`flowchart-v2`, `er`, …), from the SVG. */
  type?: string;
  /** What went wrong: the error `mermaid.render` threw, or what the page logged as an error. */
  errors: string[];
  /** Nodes drawn: `g.node` of a flowchart, entity boxes of an erDiagram; undefined for other types. */
  nodes?: number;
  /** The diagram's own size (its viewBox), before it is fitted to the column. */
  naturalWidth: number;
  naturalHeight: number;
  /** Its size as shown in the column; `shownWidth / naturalWidth` is how much its text shrank. */
  shownWidth: number;
  shownHeight: number;
}

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  body { margin: 0; background: #fff; font-family: sans-serif; }
  #diagram { width: ${COLUMN_WIDTH}px; padding: 16px; box-sizing: content-box; }
</style></head><body><div id="diagram"></div></body></html>`;

export class MermaidBrowser {
  private pageErrors: string[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') this.pageErrors.push(message.text());
    });
  }

  /** Chromium (as root it needs `--no-sandbox`) with one page holding mermaid, initialised once. */
  static async launch(): Promise<MermaidBrowser> {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: COLUMN_WIDTH + 32, height: 800 } });
      await page.route('**/*', (route) => route.abort());
      await page.setContent(PAGE);
      await page.addScriptTag({ path: MERMAID_BUNDLE });
      await page.evaluate(() => {
        const m = (globalThis as any).mermaid;
        m.initialize({ startOnLoad: false, securityLevel: 'strict' });
      });
      return new MermaidBrowser(browser, page);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /**
   * Render one diagram into the page (replacing the last), count its nodes, and save a PNG of it.
   * `id` must be unique in the page and a valid CSS id; Mermaid prefixes the SVG's element ids with it.
   */
  async render(id: string, text: string, screenshotPath: string): Promise<RenderedDiagram> {
    this.pageErrors = [];
    const result = await this.page.evaluate(
      async ({ id, text }) => {
        const m = (globalThis as any).mermaid;
        const host = document.getElementById('diagram')!;
        host.innerHTML = '';
        try {
          const { svg, bindFunctions } = await m.render(id, text);
          host.innerHTML = svg;
          bindFunctions?.(host);
        } catch (error) {
          return { thrown: String((error as Error)?.message ?? error) };
        }
        const svg = host.querySelector('svg');
        if (!svg) return { thrown: 'mermaid.render returned no <svg>' };
        const type = svg.getAttribute('aria-roledescription') ?? undefined;
        // Mermaid 12 draws a flowchart's nodes and an erDiagram's entities as `g.node`; an entity's
        // id is `<diagram id>-entity-<name>-<n>`. Subgraphs are `g.cluster`, never `g.node`.
        const nodes = type?.startsWith('flowchart')
          ? svg.querySelectorAll('g.node').length
          : type === 'er'
            ? svg.querySelectorAll(`g.node[id^="${id}-entity-"]`).length
            : undefined;
        const box = svg.getBoundingClientRect();
        const view = svg.viewBox.baseVal;
        return {
          type,
          nodes,
          naturalWidth: view?.width || box.width,
          naturalHeight: view?.height || box.height,
          shownWidth: box.width,
          shownHeight: box.height,
        };
      },
      { id, text },
    );
    if ('thrown' in result) {
      return {
        errors: [result.thrown!, ...this.pageErrors],
        naturalWidth: 0,
        naturalHeight: 0,
        shownWidth: 0,
        shownHeight: 0,
      };
    }
    await this.page.locator('#diagram').screenshot({ path: screenshotPath });
    return { ...result, errors: [...this.pageErrors] };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** Whether the browser binary is there (the test fails in CI and skips locally when it is not). */
export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}
