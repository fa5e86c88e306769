// The real `mermaid.parse`, for tests. Mermaid's flowchart parser reaches for DOMPurify, which needs a
// window: a jsdom one is installed before mermaid is first imported (erDiagram alone would parse
// without it). Call `loadMermaidParse` from a `beforeAll` (it takes seconds).

export type MermaidParse = (text: string) => Promise<unknown>;

export async function loadMermaidParse(): Promise<MermaidParse> {
  // jsdom ships no types and @types/jsdom is not a dependency: a computed specifier keeps it `any`.
  const jsdom = 'jsdom';
  const { JSDOM } = (await import(jsdom)) as {
    JSDOM: new (html: string) => { window: Record<string, unknown> & { document: unknown } };
  };
  const { window } = new JSDOM('');
  const g = globalThis as Record<string, unknown>;
  g.window = window;
  g.document = window.document;
  g.DOMParser = window.DOMParser;
  g.Element = window.Element;
  g.HTMLElement = window.HTMLElement;
  g.Node = window.Node;
  const mermaid = (await import('mermaid')).default;
  return (text) => mermaid.parse(text);
}
