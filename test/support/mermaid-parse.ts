// Mermaid's own parser, in Node. Its flowchart parser reaches for DOMPurify, which needs a
// window: a jsdom one is put on globalThis before mermaid is first imported.

let parser: ((text: string) => Promise<unknown>) | undefined;

export async function mermaidParser(): Promise<(text: string) => Promise<unknown>> {
  if (parser) return parser;
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
  parser = (text) => mermaid.parse(text);
  return parser;
}
