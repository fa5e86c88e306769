import { describe, expect, it } from 'vitest';
import { envHostsInValue, hostsInEnvValue } from '../../src/sources/common/env-value-hosts.js';
import { commandLine } from '../../src/sources/common/command-line.js';

describe('envHostsInValue', () => {
  it('keeps host, scheme and port of URLs and host:port tokens, never the credentials or path', () => {
    expect(envHostsInValue('DATABASE_URL', 'postgres://app:s3cret@DB:5432/shop?sslmode=off')).toEqual([
      { variable: 'DATABASE_URL', host: 'db', scheme: 'postgres', port: 5432 },
    ]);
    expect(envHostsInValue('KAFKA_BROKERS', 'kafka-1:9092,kafka-2:9092')).toEqual([
      { variable: 'KAFKA_BROKERS', host: 'kafka-1', port: 9092 },
      { variable: 'KAFKA_BROKERS', host: 'kafka-2', port: 9092 },
    ]);
    expect(envHostsInValue('SMTP_HOST', 'mail')).toEqual([{ variable: 'SMTP_HOST', host: 'mail' }]);
    expect(envHostsInValue('AMQP_URL', 'amqp://u:${PW}@rabbit')).toEqual([
      { variable: 'AMQP_URL', host: 'rabbit', scheme: 'amqp' },
    ]);
  });

  it('finds nothing in interpolated hosts, IPv6 literals, or bare words of non-host variables', () => {
    expect(envHostsInValue('DATABASE_URL', 'postgres://u@${DB_HOST}:5432/x')).toEqual([]);
    expect(envHostsInValue('API_URL', 'http://[::1]:8080')).toEqual([]);
    expect(envHostsInValue('LOG_LEVEL', 'info')).toEqual([]);
  });

  it('agrees with hostsInEnvValue, which lists each host once', () => {
    expect(hostsInEnvValue('MONGO_URL', 'mongodb://a:27017,mongodb://a:27018')).toEqual(['a']);
    expect(envHostsInValue('MONGO_URL', 'mongodb://a:27017,mongodb://a:27018').map((h) => h.port)).toEqual([
      27017, 27018,
    ]);
  });
});

describe('commandLine', () => {
  it('joins words and masks secret-shaped flag values, assignments and URL credentials', () => {
    expect(commandLine(['pg_isready', '-U', 'shop'])).toBe('pg_isready -U shop');
    expect(commandLine('redis-cli -a hunter2 ping')).toBe('redis-cli -a … ping');
    expect(commandLine(['app', '--api-key', 'k-123', '--token=abc', 'PGPASSWORD=pw'])).toBe(
      'app --api-key … --token=… PGPASSWORD=…',
    );
    expect(commandLine(['migrate', '-database', 'postgres://u:pw@db:5432/x', 'up'])).toBe(
      'migrate -database postgres://…@db:5432/x up',
    );
    expect(commandLine([])).toBeUndefined();
  });

  it('cuts long lines at 120 characters', () => {
    const line = commandLine(Array.from({ length: 40 }, (_, i) => `word${i}`))!;
    expect(line).toHaveLength(120);
    expect(line.endsWith('…')).toBe(true);
  });
});
