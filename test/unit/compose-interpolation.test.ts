import { describe, expect, it } from 'vitest';
import { dotEnvWithoutSecrets, parseDotEnv } from '../../src/sources/compose/dot-env.js';
import { type InterpolationIssue, interpolate } from '../../src/sources/compose/interpolate.js';
import { mergeService } from '../../src/sources/compose/merge-services.js';

const vars: Record<string, string> = { TAG: '1.2', EMPTY: '', HOST: 'db', PORT: '5432' };
const run = (text: string) => {
  const issues: InterpolationIssue[] = [];
  return { out: interpolate(text, (n) => vars[n], issues), issues };
};

describe('interpolate', () => {
  it.each([
    ['img:${TAG}', 'img:1.2'],
    ['img:$TAG', 'img:1.2'],
    ['${MISSING:-8080}:80', '8080:80'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${EMPTY-fallback}', ''],
    ['${MISSING-fallback}', 'fallback'],
    ['${TAG:+set}', 'set'],
    ['${EMPTY:+set}', ''],
    ['${EMPTY+set}', 'set'],
    ['${MISSING+set}', ''],
    ['${MISSING:-${HOST:-x}}:${PORT}', 'db:5432'],
    ['${MISSING:-${ALSO_MISSING:-deep}}', 'deep'],
    ['cost $$5 and $${TAG}', 'cost $5 and ${TAG}'],
    ['5$ and $', '5$ and $'],
    ['no variables', 'no variables'],
  ])('%s → %s', (text, expected) => {
    const { out, issues } = run(text);
    expect(out).toBe(expected);
    expect(issues).toEqual([]);
  });

  it('an unset variable without default is blank and reported', () => {
    expect(run('${NOPE}/$ALSO')).toEqual({
      out: '/',
      issues: [
        { kind: 'unset', variable: 'NOPE' },
        { kind: 'unset', variable: 'ALSO' },
      ],
    });
  });

  it('`:?` and `?` report the error text (itself interpolated)', () => {
    expect(run('${DB:?set DB for ${TAG}}')).toEqual({
      out: '',
      issues: [{ kind: 'required', variable: 'DB', message: 'set DB for 1.2' }],
    });
    expect(run('${EMPTY?x}').issues).toEqual([]);
    expect(run('${EMPTY:?x}').issues).toEqual([{ kind: 'required', variable: 'EMPTY', message: 'x' }]);
  });

  it('bad templates are reported and never loop', () => {
    expect(run('${unterminated').issues[0]!.kind).toBe('syntax');
    expect(run('${1BAD}').issues[0]!.kind).toBe('syntax');
    expect(run('${A!b}').issues[0]!.kind).toBe('syntax');
    const deep = `${'${X:-'.repeat(50)}end${'}'.repeat(50)}`;
    expect(typeof run(deep).out).toBe('string');
  });
});

describe('parseDotEnv', () => {
  const text = [
    '# comment',
    'TAG=1.2.3',
    'export REGION=eu-west-1',
    'QUOTED="a b # not a comment"',
    "LITERAL='${TAG}'",
    'EXPANDED=v${TAG}',
    'INLINE=x # a comment',
    'DB_PASSWORD=hunter2-fake',
    'STRIPE_API_KEY="sk_fake_1"',
    'DATABASE_URL=postgres://u:${DB_PASSWORD}@db/x',
    'MULTI="line1',
    'line2"',
    'not a line',
  ].join('\n');
  const env = parseDotEnv(text);

  it('reads values the way compose does, and withholds secret-named ones', () => {
    expect(Object.fromEntries(env.usable)).toEqual({
      TAG: '1.2.3',
      REGION: 'eu-west-1',
      QUOTED: 'a b # not a comment',
      LITERAL: '${TAG}',
      EXPANDED: 'v1.2.3',
      INLINE: 'x',
      DATABASE_URL: 'postgres://u:@db/x', // a secret is not expanded into another value
      MULTI: 'line1\nline2',
    });
    expect([...env.withheld].sort()).toEqual(['DB_PASSWORD', 'STRIPE_API_KEY']);
  });

  it('the hashed text has no withheld value', () => {
    const hashed = dotEnvWithoutSecrets(text);
    expect(hashed).not.toMatch(/hunter2-fake|sk_fake_1/);
    expect(hashed).toContain('TAG=1.2.3');
  });
});

describe('mergeService (Compose Specification merge rules)', () => {
  it('merges mappings, appends sequences, replaces commands and the healthcheck test', () => {
    const merged = mergeService(
      {
        image: 'a:1',
        command: ['serve', '--port', '80'],
        entrypoint: 'tini',
        healthcheck: { test: ['CMD', 'a'], interval: '5s' },
        environment: ['A=1', 'B=2'],
        labels: { team: 'x' },
        ports: ['8080:80', { target: 443, published: '8443', protocol: 'tcp' }],
        expose: ['80'],
        dns: ['1.1.1.1'],
        volumes: ['data:/var/data', './conf:/etc/conf:ro'],
        depends_on: ['db'],
        deploy: { resources: { limits: { cpus: '1' } } },
        build: '.',
      },
      {
        image: 'a:2',
        command: 'serve --debug',
        healthcheck: { test: 'curl -f http://localhost', retries: 3 },
        environment: { B: '3', C: '4' },
        labels: ['tier=web'],
        ports: ['8080:80', '9229:9229', { target: 443, published: '8443', protocol: 'tcp' }],
        expose: ['80', '81'],
        dns: ['8.8.8.8'],
        volumes: ['other:/var/data', '/tmp:/tmp'],
        depends_on: { cache: { condition: 'service_healthy' } },
        deploy: { resources: { limits: { memory: '1g' } } },
        build: { dockerfile: 'Dockerfile.dev' },
      },
    );
    expect(merged).toEqual({
      image: 'a:2',
      command: 'serve --debug',
      entrypoint: 'tini',
      healthcheck: { test: 'curl -f http://localhost', interval: '5s', retries: 3 },
      environment: { A: '1', B: '3', C: '4' },
      labels: { team: 'x', tier: 'web' },
      ports: ['8080:80', { target: 443, published: '8443', protocol: 'tcp' }, '9229:9229'],
      expose: ['80', '81'],
      dns: ['1.1.1.1', '8.8.8.8'],
      volumes: ['other:/var/data', './conf:/etc/conf:ro', '/tmp:/tmp'],
      depends_on: { db: null, cache: { condition: 'service_healthy' } },
      deploy: { resources: { limits: { cpus: '1', memory: '1g' } } },
      build: { context: '.', dockerfile: 'Dockerfile.dev' },
    });
  });
});
