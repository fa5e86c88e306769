import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../src/sources/kubernetes/helm/go-template/executor.js';
import { TemplateError } from '../../src/sources/kubernetes/helm/go-template/template-error.js';
import { HELM_FUNCTIONS } from '../../src/sources/kubernetes/helm/helm-functions.js';

function render(source: string, data: unknown = {}, extra: Record<string, string> = {}): string {
  const set = new TemplateSet(HELM_FUNCTIONS);
  for (const [name, text] of Object.entries(extra)) set.add(name, name, text);
  set.add('t', 't', source);
  return set.execute('t', data);
}

function failure(source: string, data: unknown = {}, limits?: ConstructorParameters<typeof TemplateSet>[1]) {
  const set = new TemplateSet(HELM_FUNCTIONS, limits);
  try {
    set.add('t', 't', source);
    set.execute('t', data);
  } catch (e) {
    if (e instanceof TemplateError) return { line: e.line, template: e.template, message: e.message };
    throw e;
  }
  throw new Error('expected a TemplateError');
}

describe('Go text/template engine', () => {
  it('trims whitespace on the side of a dash marker only', () => {
    expect(render('a  {{- "b" }}  c')).toBe('ab  c');
    expect(render('a  {{ "b" -}}  \n c')).toBe('a  bc');
    expect(render('x\n  {{- /* a comment */ -}}\n  y')).toBe('xy');
    expect(render('{{/* kept apart */}}z')).toBe('z');
    expect(render('{{-3}}')).toBe('-3');
  });

  it('ranges over maps in sorted key order, lists with index, integers, and else', () => {
    const data = { m: { b: 2, a: 1, c: 3 }, l: ['x', 'y'] };
    expect(render('{{ range $k, $v := .m }}{{ $k }}={{ $v }};{{ end }}', data)).toBe('a=1;b=2;c=3;');
    expect(render('{{ range $i, $v := .l }}{{ $i }}:{{ $v }} {{ end }}', data)).toBe('0:x 1:y ');
    expect(render('{{ range .l }}[{{ . }}]{{ end }}', data)).toBe('[x][y]');
    expect(render('{{ range 3 }}{{ . }}{{ end }}')).toBe('012');
    expect(render('{{ range .none }}x{{ else }}empty{{ end }}', data)).toBe('empty');
    expect(render('{{ range .l }}{{ if eq . "x" }}{{ continue }}{{ end }}{{ . }}{{ end }}', data)).toBe('y');
    expect(render('{{ range .l }}{{ . }}{{ break }}{{ end }}', data)).toBe('x');
  });

  it('with sets dot, with/else and else if chains', () => {
    const data = { a: { b: 'B' }, z: '' };
    expect(render('{{ with .a }}{{ .b }}{{ end }}', data)).toBe('B');
    expect(render('{{ with .z }}yes{{ else }}no{{ end }}', data)).toBe('no');
    expect(render('{{ if .z }}1{{ else if .a }}2{{ else }}3{{ end }}', data)).toBe('2');
    expect(render('{{ if .z }}1{{ else if .nope }}2{{ else }}3{{ end }}', data)).toBe('3');
  });

  it('scopes variables to their control structure, $ is the root, = assigns outward', () => {
    const data = { name: 'root', items: [1, 2] };
    expect(render('{{ $x := "out" }}{{ if true }}{{ $x := "in" }}{{ $x }}{{ end }}{{ $x }}', data)).toBe('inout');
    expect(render('{{ $x := "a" }}{{ if true }}{{ $x = "b" }}{{ end }}{{ $x }}', data)).toBe('b');
    expect(render('{{ range .items }}{{ $.name }}{{ . }}{{ end }}', data)).toBe('root1root2');
    expect(render('{{ $n := 0 }}{{ range .items }}{{ $n = add $n . }}{{ end }}{{ $n }}', data)).toBe('3');
  });

  it('runs define/include/template with nindent, and block', () => {
    const helpers = '{{- define "labels" -}}\napp: {{ .name }}\ntier: web\n{{- end }}';
    const out = render('metadata:\n  labels:{{ include "labels" . | nindent 4 }}', { name: 'shop' }, { h: helpers });
    expect(out).toBe('metadata:\n  labels:\n    app: shop\n    tier: web');
    expect(render('{{ template "labels" . }}', { name: 'x' }, { h: helpers })).toBe('app: x\ntier: web');
    expect(render('{{ block "b" . }}default {{ .name }}{{ end }}', { name: 'n' })).toBe('default n');
  });

  it('evaluates tpl against the data it is given', () => {
    expect(render('{{ tpl .Values.t . }}', { Values: { t: '{{ .Values.n }}-x', n: 'v' } })).toBe('v-x');
  });

  it('follows Sprig default/empty semantics', () => {
    const data = { zero: 0, f: false, s: '', l: [], m: {}, v: 'set' };
    expect(render('{{ default "d" .zero }} {{ default "d" .f }} {{ default "d" .s }} {{ default "d" .l }}', data)).toBe(
      'd d d d',
    );
    expect(render('{{ default "d" .m }} {{ default "d" .missing }} {{ .v | default "d" }}', data)).toBe('d d set');
    expect(render('{{ empty .zero }} {{ empty .v }} {{ empty .missing }}', data)).toBe('true false true');
    expect(render('{{ coalesce .s .zero "third" }}', data)).toBe('third');
  });

  it('prints like fmt: printf verbs, maps, lists, missing values', () => {
    expect(render('{{ printf "%s-%d-%v-%q" "a" 3 true "q" }}')).toBe('a-3-true-"q"');
    expect(render('{{ printf "%05d|%-4s|%.2f" 42 "ab" 3.14159 }}')).toBe('00042|ab  |3.14');
    expect(render('{{ .m }} {{ .l }}', { m: { b: 1, a: 'x' }, l: [1, 'two'] })).toBe('map[a:x b:1] [1 two]');
    expect(render('[{{ .missing }}]')).toBe('[<no value>]');
    expect(render('{{ print 1 2 "a" 3 }}')).toBe('1 2a3');
  });

  it('pipes the previous value as the last argument; parentheses nest', () => {
    expect(render('{{ "shop-api-" | trimSuffix "-" | upper }}')).toBe('SHOP-API');
    expect(render('{{ (printf "%s-%s" "a" "b") | quote }}')).toBe('"a-b"');
    expect(render('{{ (dict "k" "v").k }}')).toBe('v');
    expect(render('{{ and 1 0 }} {{ or 0 "" "x" }} {{ not 0 }}')).toBe('0 x true');
    expect(render('{{ if and .a .a.b }}y{{ else }}n{{ end }}', {})).toBe('n');
  });

  it('handles Helm’s collection and string functions', () => {
    expect(render('{{ list 1 2 3 | last }} {{ list "a" "b" | join "," }} {{ splitList "," "x,y" | first }}')).toBe(
      '3 a,b x',
    );
    expect(render('{{ $d := dict "a" 1 }}{{ $_ := set $d "b" 2 }}{{ keys $d | sortAlpha | join "" }}')).toBe('ab');
    expect(render('{{ toYaml .v }}', { v: { b: [1, 2], a: 'x' } })).toBe('a: x\nb:\n- 1\n- 2');
    expect(render('{{ toJson .v }}', { v: { b: '<', a: 1 } })).toBe('{"a":1,"b":"\\u003c"}');
    expect(render('{{ semverCompare ">=1.19-0" "v1.31.0" }} {{ semverCompare "<1.19" "1.31.2" }}')).toBe('true false');
    expect(render('{{ trunc 5 "abcdefgh" }} {{ title "hello world" }} {{ replace "-" "_" "a-b" }}')).toBe(
      'abcde Hello World a_b',
    );
    expect(render('{{ regexReplaceAll "(a+)" "baaad" "<${1}>" }} {{ regexMatch "^v[0-9]" "v1" }}')).toBe(
      'b<aaa>d true',
    );
    expect(render('{{ div 7 2 }} {{ mod 7 2 }} {{ mul 2 3 }} {{ sub 5 7 }} {{ max 1 9 3 }}')).toBe('3 1 6 -2 9');
    expect(render('{{ ternary "y" "n" true }} {{ kindIs "map" .m }} {{ typeOf .l }}', { m: {}, l: [] })).toBe(
      'y true []interface {}',
    );
    expect(render('{{ merge (dict "a" 1) (dict "a" 2 "b" 3) | toJson }}')).toBe('{"a":1,"b":3}');
    expect(render('{{ mergeOverwrite (dict "a" 1) (dict "a" 2 "b" 3) | toJson }}')).toBe('{"a":2,"b":3}');
    expect(render('{{ lookup "v1" "Secret" "ns" "x" | toJson }}')).toBe('{}');
    expect(render('{{ dig "a" "b" "none" .m }} {{ dig "a" "x" "none" .m }}', { m: { a: { b: 'B' } } })).toBe('B none');
    expect(
      render('{{ values (dict "a" 1 "b" 2) | toJson }} {{ seq 3 }} {{ html "<a&b>" }} {{ htpasswd "u" "p" }}'),
    ).toBe('[1,2] 1 2 3 &lt;a&amp;b&gt; u:<bcrypt hash>');
    expect(render('{{ (genCA "x" 365).Cert }} {{ now }} {{ env "HOME" }}|')).toBe(
      '<certificate> 1970-01-01T00:00:00Z |',
    );
    expect(render('{{ snakecase "orderWorker" }} {{ kebabcase "order_worker" }}')).toBe('order_worker order-worker');
  });

  it('lets a chain that starts from nil stay nil, as charts use (`(.Values.resources.limits).cpu`)', () => {
    const data = { Values: { resources: {} } };
    expect(render('[{{ (.Values.resources.limits).cpu }}]', data)).toBe('[<no value>]');
    expect(render('{{ ((.Values.resources.limits).cpu) | default 0 }}', data)).toBe('0');
    expect(render('{{ $l := .Values.resources.limits }}[{{ $l.cpu }}]', data)).toBe('[<no value>]');
    expect(render('{{ (index .Values "absent").x.y | default "d" }}', data)).toBe('d');
  });

  it('chains fields through nil as Go does: an error, not a guess', () => {
    const f = failure('line1\n{{ .Values.a.b }}', { Values: {} });
    expect(f.line).toBe(2);
    expect(f.message).toContain('nil pointer evaluating interface {}.b');
  });
});

describe('Go text/template engine on bad input', () => {
  it('reports an unclosed action with its line', () => {
    const f = failure('ok\n\n{{ .Values.x ');
    expect(f.line).toBe(3);
    expect(f.message).toContain('unclosed action');
  });

  it('reports an unknown function by name and line', () => {
    const f = failure('a\nb: {{ frobnicate .x }}');
    expect(f).toMatchObject({ template: 't', line: 2 });
    expect(f.message).toContain('function "frobnicate" not defined');
    // As in Go, at parse time: a branch never taken fails as well.
    expect(failure('{{ if false }}\n{{ nope }}{{ end }}')).toMatchObject({ line: 2 });
  });

  it('reports a missing end', () => {
    expect(failure('{{ if .x }}\nopen').message).toContain('unexpected EOF');
  });

  it('gives required its own message', () => {
    const f = failure('\n\nimage: {{ required "image.repository is required" .Values.image }}', { Values: {} });
    expect(f).toMatchObject({ line: 3 });
    expect(f.message).toContain('image.repository is required');
    expect(failure('{{ fail "no way" }}').message).toContain('no way');
  });

  it('bounds an infinitely recursive include', () => {
    const f = failure('{{ define "loop" }}{{ include "loop" . }}{{ end }}{{ include "loop" . }}');
    expect(f.message).toContain('nesting exceeds 100');
  });

  it('bounds a huge range, and output size', () => {
    expect(failure('{{ range until 100000000 }}x{{ end }}').message).toMatch(/exceeds the limit/);
    expect(failure('{{ range $i := 50000 }}x{{ end }}').message).toMatch(/exceeds the limit of 10000/);
    const limits = { maxDepth: 100, maxOutputBytes: 1000, maxRangeIterations: 10_000, maxSteps: 1_000_000 };
    expect(failure('{{ range 5000 }}xx{{ end }}', {}, limits).message).toMatch(/output exceeds/);
  });

  it('bounds values built in a loop, huge printf widths and backtracking patterns', () => {
    const doubling = '{{ $s := "xxxxxxxx" }}{{ range until 40 }}{{ $s = printf "%s%s" $s $s }}{{ end }}';
    expect(failure(doubling).message).toMatch(/output limit/);
    const lists = '{{ $l := list 1 }}{{ range until 40 }}{{ $l = concat $l $l }}{{ end }}';
    expect(failure(lists).message).toMatch(/over the limit of 1000000/);
    expect(render('{{ printf "%999999999s" "a" }}')).toBe('%!s(BADWIDTH)');
    expect(failure('{{ regexMatch "^(a+)+$" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" }}').message).toMatch(
      /nests quantifiers/,
    );
    expect(render('{{ regexMatch "^v[0-9]+(\\\\.[0-9]+)*$" "v1.2.3" }}')).toBe('true');
  });

  it('bounds doubling includes by steps or output', () => {
    const defs = Array.from(
      { length: 40 },
      (_, i) => `{{ define "d${i}" }}{{ include "d${i + 1}" . }}{{ include "d${i + 1}" . }}{{ end }}`,
    );
    const f = failure(`${defs.join('')}{{ define "d40" }}x{{ end }}{{ include "d0" . }}`);
    expect(f.message).toMatch(/exceeds/);
  });
});
