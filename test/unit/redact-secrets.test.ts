import { describe, expect, it } from 'vitest';
import { REDACTION_RULES, redactSecrets, redactValue, type Redaction } from '../../src/redaction/redact-secrets.js';

// Fake secrets are generated (deterministically) rather than written out, so that this file holds
// no literal token that a secret scanner would flag, and so that every length is exact.
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64 = `${ALNUM}+/`;
const DIGITS = '0123456789';

function fake(len: number, seed: number, alphabet = ALNUM): string {
  let x = seed * 2654435761 + 12345;
  let out = '';
  for (let i = 0; i < len; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += alphabet[(x >>> 8) % alphabet.length];
  }
  return out;
}

function b64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}

const AWS_KEY_ID = `AKIA${fake(16, 1, UPPER_DIGITS)}`;
const AWS_KEY_ID_2 = `ASIA${fake(16, 2, UPPER_DIGITS)}`;
const AWS_SECRET = `k7Jd9+2mQpL0vXz/${fake(24, 3, B64)}`;
const AWS_SECRET_2 = `Q3w/E4r+${fake(32, 4, B64)}`;
const AWS_SECRET_3 = `Zx8/Lm2+${fake(32, 5, B64)}`;
const GHP = `ghp_${fake(36, 6)}`;
const GHS = `ghs_${fake(36, 7)}`;
const GH_PAT = `github_pat_${fake(22, 8)}_${fake(59, 9)}`;
const SLACK_BOT = `xoxb-${fake(11, 10, DIGITS)}-${fake(13, 11, DIGITS)}-${fake(24, 12)}`;
const SLACK_HOOK_PATH = `T${fake(8, 13, UPPER_DIGITS)}/B${fake(10, 14, UPPER_DIGITS)}/${fake(24, 15)}`;
const STRIPE_LIVE = `sk_live_${fake(24, 16)}`;
const STRIPE_RESTRICTED = `rk_live_${fake(24, 17)}`;
const STRIPE_TEST = `sk_test_${fake(24, 18)}`;
const GOOGLE = `AIza${fake(35, 19)}`;
const ANTHROPIC = `sk-ant-api03-${fake(93, 20)}AA`;
const OPENAI = `sk-proj-${fake(48, 21)}`;
const NPM = `npm_${fake(36, 22)}`;
const JWT =
  b64url('{"alg":"RS256","typ":"JWT","kid":"k1"}') +
  '.' +
  b64url('{"sub":"alice","exp":1900000000}') +
  '.' +
  fake(43, 23, `${ALNUM}-_`);
const PEM_BODY = (seed: number, lines: number, indent: string): string =>
  Array.from({ length: lines }, (_, i) => indent + fake(64, seed + i, B64)).join('\n');

/** A planted secret: its exact text (unique in the fixture) and the rule expected to catch it. */
interface Planted {
  secret: string;
  rule: string;
}

interface Fixture {
  file: string;
  text: string;
  planted: Planted[];
}

/** What redactSecrets must return: each planted secret replaced, every other byte kept. */
function expected(f: Fixture): { text: string; redactions: Redaction[] } {
  const found = f.planted.map((p) => {
    const at = f.text.indexOf(p.secret);
    if (at === -1) throw new Error(`${f.file}: planted secret not in fixture: ${p.secret}`);
    if (f.text.indexOf(p.secret, at + 1) !== -1) throw new Error(`${f.file}: planted secret not unique: ${p.secret}`);
    return { ...p, at, line: f.text.slice(0, at).split('\n').length };
  });
  found.sort((a, b) => b.at - a.at);
  let text = f.text;
  for (const p of found) {
    const marker = `[REDACTED:${p.rule}]`;
    // A multi-line secret (PEM) keeps its lines: each line's content after its indentation.
    const replaced = p.secret
      .split('\n')
      .map((line, i) => (i === 0 ? marker : line.match(/^[ \t]*/)![0] + marker))
      .join('\n');
    text = text.slice(0, p.at) + replaced + text.slice(p.at + p.secret.length);
  }
  const redactions = found.map((p) => ({ line: p.line, rule: p.rule })).sort((a, b) => a.line - b.line);
  return { text, redactions };
}

const PEM_IN_YAML = `-----BEGIN PRIVATE KEY-----\n${PEM_BODY(100, 6, '    ')}\n    -----END PRIVATE KEY-----`;
const PEM_IN_SECRET = `-----BEGIN EC PRIVATE KEY-----\n${PEM_BODY(120, 3, '    ')}\n    -----END EC PRIVATE KEY-----`;
const OPENSSH_KEY = `-----BEGIN OPENSSH PRIVATE KEY-----\n${PEM_BODY(130, 5, '')}\n-----END OPENSSH PRIVATE KEY-----`;

const FIXTURES: Fixture[] = [
  {
    file: 'docker-compose.yml',
    text: `version: "3.9"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: "Xk9#mP2vLq"
      POSTGRES_DB: shop
    secrets:
      - db_password
  api:
    build: .
    depends_on: [db]
    environment:
      - DATABASE_URL=postgres://shop:Xk9mP2vLq77@db:5432/shop
      - STRIPE_SECRET_KEY=${STRIPE_LIVE}
      - JWT_SECRET=9f8e7d6c5b4a39281706f5e4d3c2b1a0
      - ADMIN_PASSWORD=\${ADMIN_PASSWORD:-adm1nDefault!}
      - REDIS_PASSWORD=\${REDIS_PASSWORD}
      - REDIS_URL=redis://:\${REDIS_PASSWORD}@cache:6379/0
      - PASSWORD_MIN_LENGTH=12
      - DB_PASSWORD_FILE=/run/secrets/db_password
      - AUTH_ENABLED=true
      - LOG_LEVEL=info
  notifier:
    image: shop/notifier:2.1.0
    environment:
      SLACK_WEBHOOK_URL: https://hooks.slack.com/services/${SLACK_HOOK_PATH}
      SMTP_PASSWORD: ""
      SMTP_USER: notifier
secrets:
  db_password:
    file: ./secrets/db_password.txt
`,
    planted: [
      { secret: 'Xk9#mP2vLq', rule: 'password-assignment' },
      { secret: 'Xk9mP2vLq77', rule: 'url-credentials' },
      { secret: STRIPE_LIVE, rule: 'stripe-key' },
      { secret: '9f8e7d6c5b4a39281706f5e4d3c2b1a0', rule: 'secret-assignment' },
      { secret: 'adm1nDefault!', rule: 'password-assignment' },
      { secret: SLACK_HOOK_PATH, rule: 'slack-webhook-url' },
    ],
  },
  {
    file: 'k8s/orders.yaml',
    text: `apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: shop
  labels:
    app: orders
type: Opaque
data:
  username: c2hvcA==
  password: UzNjcjN0UGFzc3dvcmQh
stringData:
  DATABASE_URL: postgres://shop:S3cr3tPassword!@orders-db:5432/shop
  anthropic-api-key: ${ANTHROPIC}
  tls.key: |
    ${PEM_IN_SECRET}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
  namespace: shop
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: orders-api
          image: ghcr.io/shop/orders-api:1.4.2
          env:
            - name: DB_HOST
              value: orders-db
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: orders-db
                  key: password
            - name: PAYMENT_API_KEY
              value: "pk9_Zr8tLmQ2wXy4"
            - value: "n0tAPublicT0ken"
              name: INTERNAL_TOKEN
            - name: FLAGS_TOKEN_URL
              value: https://flags.internal/oauth/token
            - name: MAX_TOKENS
              value: "4096"
          envFrom:
            - secretRef:
                name: orders-env
          volumeMounts:
            - name: tls
              mountPath: /etc/tls
              readOnly: true
      volumes:
        - name: tls
          secret:
            secretName: orders-tls
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: orders-config
data:
  LOG_LEVEL: info
  PASSWORD_POLICY: strict
`,
    planted: [
      { secret: 'c2hvcA==', rule: 'kubernetes-secret-data' },
      { secret: 'UzNjcjN0UGFzc3dvcmQh', rule: 'kubernetes-secret-data' },
      { secret: 'postgres://shop:S3cr3tPassword!@orders-db:5432/shop', rule: 'kubernetes-secret-data' },
      { secret: ANTHROPIC, rule: 'anthropic-api-key' },
      { secret: PEM_IN_SECRET, rule: 'private-key' },
      { secret: 'pk9_Zr8tLmQ2wXy4', rule: 'secret-assignment' },
      { secret: 'n0tAPublicT0ken', rule: 'secret-assignment' },
    ],
  },
  {
    file: 'infra/main.tf',
    text: `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "${AWS_KEY_ID}"
  secret_key = "${AWS_SECRET}"
}

variable "db_password" {
  description = "Master password for the orders database"
  type        = string
  default     = "hunter2-Orders!"
}

variable "webhook_signing" {
  type      = string
  sensitive = true
  default   = "mX7-q9Lz-2Kp"
}

variable "password_min_length" {
  type    = number
  default = 12
}

variable "api_token" {
  type    = string
  default = ""
}

variable "region" {
  default = "eu-west-1"
}

resource "random_password" "db" {
  length  = 24
  special = true
}

resource "aws_db_instance" "orders" {
  engine                      = "postgres"
  username                    = "orders"
  password                    = var.db_password
  manage_master_user_password = false
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}

locals {
  datadog_api_key = "0123456789abcdef0123456789abcdef"
  db_url          = "postgres://orders:\${var.db_password}@\${aws_db_instance.orders.address}/orders"
}
`,
    planted: [
      { secret: AWS_KEY_ID, rule: 'aws-access-key-id' },
      { secret: AWS_SECRET, rule: 'aws-secret-access-key' },
      { secret: 'hunter2-Orders!', rule: 'terraform-sensitive-default' },
      { secret: 'mX7-q9Lz-2Kp', rule: 'terraform-sensitive-default' },
      { secret: '0123456789abcdef0123456789abcdef', rule: 'secret-assignment' },
    ],
  },
  {
    file: '.env',
    text: `# Local development settings
NODE_ENV=development
PORT=3000
DATABASE_URL=postgresql://orders:L0calDevPw99@localhost:5432/orders
export REDIS_PASSWORD='r3dis-Pa55'
GITHUB_TOKEN=${GHP}
ANTHROPIC_API_KEY=${ANTHROPIC.replace('api03', 'api04')}
OPENAI_API_KEY=${OPENAI}
SLACK_BOT_TOKEN=${SLACK_BOT}
GOOGLE_MAPS_API_KEY=${GOOGLE}
NPM_TOKEN=${NPM}
SESSION_SECRET=correct horse battery staple
STRIPE_TEST_KEY=${STRIPE_TEST}
AWS_ACCESS_KEY_ID=${AWS_KEY_ID_2}
AWS_SECRET_ACCESS_KEY=${AWS_SECRET_2}
SMTP_PASSWORD=
API_KEY=<your-api-key>
ADMIN_PASSWORD=changeme
FEATURE_AUTH=true
TOKEN_TTL_SECONDS=3600
`,
    planted: [
      { secret: 'L0calDevPw99', rule: 'url-credentials' },
      { secret: 'r3dis-Pa55', rule: 'password-assignment' },
      { secret: GHP, rule: 'github-token' },
      { secret: ANTHROPIC.replace('api03', 'api04'), rule: 'anthropic-api-key' },
      { secret: OPENAI, rule: 'openai-api-key' },
      { secret: SLACK_BOT, rule: 'slack-token' },
      { secret: GOOGLE, rule: 'google-api-key' },
      { secret: NPM, rule: 'npm-token' },
      { secret: 'correct horse battery staple', rule: 'secret-assignment' },
      { secret: STRIPE_TEST, rule: 'stripe-key' },
      { secret: AWS_KEY_ID_2, rule: 'aws-access-key-id' },
      { secret: AWS_SECRET_2, rule: 'aws-secret-access-key' },
    ],
  },
  {
    file: 'api/openapi.yaml',
    text: `openapi: 3.0.3
info:
  title: Orders API
  version: 1.4.2
  description: |
    Authenticate with a bearer token from \`POST /auth/token\`.
    Password: must be at least 12 characters and is never returned.
servers:
  - url: https://api.shop.example/v1
security:
  - bearerAuth: []
paths:
  /auth/token:
    post:
      summary: Exchange a password for an access token
      security: []
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Credentials'
      responses:
        '200':
          description: A token pair.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Token'
              example:
                access_token: ${JWT}
                token_type: Bearer
                expires_in: 3600
  /orders:
    get:
      parameters:
        - name: api_key
          in: query
          required: false
          schema:
            type: string
        - name: Authorization
          in: header
          description: "Authorization: Bearer <token>"
          schema:
            type: string
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.shop.example/oauth/token
          scopes: {}
  schemas:
    Credentials:
      type: object
      required: [username, password]
      properties:
        username:
          type: string
        password:
          type: string
          format: password
          minLength: 12
          description: The account password.
        apiKey:
          type: string
          description: API key issued in the dashboard
          example: ${STRIPE_RESTRICTED}
    Token:
      type: object
      properties:
        access_token:
          type: string
        token_type:
          type: string
          enum: [Bearer]
        refresh_token:
          type: string
        password_min_length:
          type: integer
          example: 12
`,
    planted: [
      { secret: JWT, rule: 'jwt' },
      { secret: STRIPE_RESTRICTED, rule: 'stripe-key' },
    ],
  },
  {
    file: 'api/openapi.json',
    text: JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'Payments', version: '2' },
      components: {
        securitySchemes: { api_key: { type: 'apiKey', name: 'X-Api-Key', in: 'header' } },
        schemas: {
          Login: {
            type: 'object',
            properties: { password: { type: 'string', format: 'password' }, token: { type: 'string', example: GHS } },
            example: { username: 'bob', password: 'string' },
          },
        },
      },
      'x-webhooks-auth': { header: 'Authorization', value: 'Bearer <token>' },
    }),
    planted: [{ secret: GHS, rule: 'github-token' }],
  },
  {
    file: 'db/migrations/0007_reporting_role.sql',
    text: `-- 0007: a read-only role for the reporting service
CREATE ROLE reporting WITH LOGIN PASSWORD 'rep0rting-Pw!';
ALTER ROLE app_user WITH ENCRYPTED PASSWORD 'md5a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
CREATE USER 'etl'@'%' IDENTIFIED BY 'EtlP4ss#2024';
ALTER USER readonly WITH PASSWORD NULL;
CREATE ROLE migrator LOGIN PASSWORD '\${MIGRATOR_PASSWORD}';
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  api_token_hash text,
  password_changed_at timestamptz
);
COMMENT ON COLUMN users.password_hash IS 'bcrypt hash of the password';
GRANT SELECT ON users TO reporting;
`,
    planted: [
      { secret: 'rep0rting-Pw!', rule: 'sql-password' },
      { secret: 'md5a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', rule: 'sql-password' },
      { secret: 'EtlP4ss#2024', rule: 'sql-password' },
    ],
  },
  {
    file: 'deploy/values.yaml',
    text: `sso:
  issuer: https://login.shop.example
  client_id: orders-api
  client_secret: 7Hc9-Pq2x-Lm4Z-Rt8w
  signing_key: |
    ${PEM_IN_YAML}
  certificate: |
    -----BEGIN CERTIFICATE-----
    MIIC2jCCAcKgAwIBAgIBADANBgkqhkiG9w0BAQsFADAoMSYwJAYDVQQDDB1PcmRl
    -----END CERTIFICATE-----
  public_key: |
    -----BEGIN PUBLIC KEY-----
    MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8xOUetsCa8EfOlDEBAfREhJqspDo
    -----END PUBLIC KEY-----
db:
  host: orders-db
  password: "{{ .Values.global.dbPassword }}"
  passwordSecret:
    name: orders-db
    key: password
`,
    planted: [
      { secret: '7Hc9-Pq2x-Lm4Z-Rt8w', rule: 'secret-assignment' },
      { secret: PEM_IN_YAML, rule: 'private-key' },
    ],
  },
  {
    file: 'deploy/id_deploy',
    text: `${OPENSSH_KEY}\n`,
    planted: [{ secret: OPENSSH_KEY, rule: 'private-key' }],
  },
  {
    file: 'ecs/task-definition.json',
    text: `{
  "family": "orders-api",
  "containerDefinitions": [
    {
      "name": "orders-api",
      "environment": [
        { "name": "DB_HOST", "value": "orders-db" },
        { "name": "DB_PASSWORD", "value": "ecsP4ssw0rd!" },
        {
          "name": "SENTRY_AUTH_TOKEN",
          "value": "sntrys_${fake(40, 30)}"
        }
      ],
      "secrets": [
        { "name": "API_KEY", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/api-key" }
      ],
      "repositoryCredentials": { "credentialsParameter": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ghcr" }
    }
  ],
  "apiKey": "${fake(32, 31)}",
  "password": "",
  "passwordPolicy": { "minLength": 12 }
}
`,
    planted: [
      { secret: 'ecsP4ssw0rd!', rule: 'password-assignment' },
      { secret: `sntrys_${fake(40, 30)}`, rule: 'secret-assignment' },
      { secret: fake(32, 31), rule: 'secret-assignment' },
    ],
  },
  {
    file: 'scripts/deploy.sh',
    text: `#!/usr/bin/env bash
set -euo pipefail
# Registry and API credentials for the deploy job
echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > ~/.npmrc
curl -fsS -H "Authorization: Bearer ${fake(40, 40)}" https://api.shop.example/v1/deploys
curl -fsS -H "Authorization: Bearer $DEPLOY_TOKEN" https://api.shop.example/v1/deploys
git clone https://x-access-token:${GH_PAT}@github.com/shop/orders.git
mysql --user=admin --password=My5qlR00t! orders < dump.sql
psql "postgresql://admin:p@ss:w0rd@db.internal:5432/orders" -c 'select 1'
cat > aws-credentials.csv <<EOF
${AWS_KEY_ID.replace('AKIA', 'AKIA').slice(0, 4) + fake(16, 41, UPPER_DIGITS)},${AWS_SECRET_3}
EOF
`,
    planted: [
      { secret: fake(40, 40), rule: 'authorization-header' },
      { secret: GH_PAT, rule: 'github-token' },
      { secret: 'My5qlR00t!', rule: 'password-assignment' },
      { secret: 'p@ss:w0rd', rule: 'url-credentials' },
      { secret: `AKIA${fake(16, 41, UPPER_DIGITS)}`, rule: 'aws-access-key-id' },
      { secret: AWS_SECRET_3, rule: 'aws-secret-access-key' },
    ],
  },
  {
    file: 'cloudformation/db.yaml',
    text: `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  DbPassword:
    Type: String
    NoEcho: true
    Default: cfnDefaultPw42
  DbUser:
    Type: String
    Default: orders
Resources:
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: !Ref DbUser
      MasterUserPassword: !Ref DbPassword
`,
    planted: [{ secret: 'cfnDefaultPw42', rule: 'password-assignment' }],
  },
  {
    file: 'config/app.properties',
    text: `spring.datasource.url=jdbc:postgresql://db:5432/orders
spring.datasource.username=orders
spring.datasource.password=pr0pertiesPw
server.port=8080
azure.storage.connection-string=DefaultEndpointsProtocol=https;AccountName=shop;\
AccountKey=${fake(86, 50, B64)}==;EndpointSuffix=core.windows.net
`,
    planted: [
      { secret: 'pr0pertiesPw', rule: 'password-assignment' },
      { secret: `${fake(86, 50, B64)}==`, rule: 'secret-assignment' },
    ],
  },
];

describe('redactSecrets: planted secrets in realistic files', () => {
  for (const f of FIXTURES) {
    it(`${f.file}: redacts exactly the ${f.planted.length} planted secrets and keeps every other byte`, () => {
      const want = expected(f);
      const got = redactSecrets(f.text, f.file);
      expect(got.text).toBe(want.text);
      expect(got.text.split('\n').length).toBe(f.text.split('\n').length);
      expect([...got.redactions].sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule))).toEqual(
        [...want.redactions].sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule)),
      );
      for (const p of f.planted) for (const part of p.secret.split('\n')) expect(got.text).not.toContain(part.trim());
    });
  }

  it('covers every rule id it reports, and the corpus is the size the report claims', () => {
    const planted = FIXTURES.flatMap((f) => f.planted);
    expect(planted.length).toBe(51);
    for (const p of planted) expect(REDACTION_RULES).toContain(p.rule);
  });
});

// Look-alikes: text that resembles a secret but is wiring, schema or prose. Each must come out
// byte-identical with no redaction.
const LOOK_ALIKES: Array<[string, string]> = [
  ['small number', 'password_min_length: 12'],
  ['OpenAPI format', 'format: password'],
  ['OpenAPI type', 'password:\n  type: string\n  format: password'],
  ['description prose', "description: The user's password must be at least 12 characters long."],
  ['prose after a key-like word', '  Password: must be at least 12 characters and is never returned.'],
  ['header name', 'name: X-Api-Key\nin: header'],
  ['oauth tokenUrl', 'tokenUrl: https://auth.example.com/oauth/token'],
  ['secretName', 'secret:\n  secretName: orders-tls'],
  ['secretKeyRef', '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password'],
  ['compose variable', 'POSTGRES_PASSWORD: ${DB_PASSWORD}'],
  ['compose variable with required marker', 'POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}'],
  ['helm template', 'password: "{{ .Values.db.password }}"'],
  ['actions secret', 'token: ${{ secrets.GITHUB_TOKEN }}'],
  ['command substitution', 'password: $(cat /run/secrets/db)'],
  ['terraform var', 'password = var.db_password'],
  ['terraform resource attribute', 'password = random_password.db.result'],
  ['terraform interpolation', 'password = "${var.db_password}"'],
  ['terraform data source', 'secret_string = data.aws_secretsmanager_secret_version.db.secret_string'],
  ['cloudformation ref', 'MasterUserPassword: !Ref DbPassword'],
  ['cloudformation sub', 'MasterUserPassword: !Sub "{{resolve:secretsmanager:${Secret}}}"'],
  ['empty quoted', 'api_key: ""'],
  ['empty env', 'SMTP_PASSWORD='],
  ['mapping follows', 'password:\n  from_secret: db'],
  [
    'helm existing secret',
    'auth:\n  existingSecret: orders-db\n  existingSecretPasswordKey: password\n' +
      '  secretKeys:\n    adminPasswordKey: admin-password',
  ],
  ['boolean', 'auth: true\nenable_auth: false\nrequire_password: yes'],
  ['null', 'password: null\ntoken: ~'],
  ['secrets file path', 'DB_PASSWORD_FILE=/run/secrets/db_password\npassword_file: ./secrets/db.txt'],
  ['key path', 'private_key_path: ~/.ssh/id_ed25519'],
  ['env var name as value', 'password_env: DB_PASSWORD\ntoken: GITHUB_TOKEN'],
  ['code variable', 'const password = process.env.DB_PASSWORD;\nconst apiKey = config.get("apiKey");'],
  ['code call', 'token = get_token(client_id)'],
  ['identifier passed through', 'client.login({ password: userPassword, apiKey: apiKey })'],
  ['url placeholder', 'url: postgres://user:${DB_PASSWORD}@db:5432/app'],
  ['url angle placeholder', 'url: postgres://user:<password>@db:5432/app'],
  ['url without password', 'url: https://github.com/shop/orders.git\nssh: ssh://git@github.com/shop/orders.git'],
  [
    'dummy',
    'ADMIN_PASSWORD=changeme\nkeystore_password: changeit\napi_key: your-api-key-here\n' +
      'token: xxxxxxxx\npassword: "********"',
  ],
  ['angle placeholder', 'API_KEY=<your-api-key>'],
  ['fetch credentials', "fetch(url, { credentials: 'include' })"],
  ['auth scheme word', 'auth: basic'],
  ['type annotation', 'password: string;\ntoken?: string;'],
  ['schema JSON', '{"password":{"type":"string","format":"password"},"token":{"type":"string"}}'],
  ['security requirement', 'security:\n  - bearerAuth: []\n  - api_key: []'],
  ['bearer format', 'bearerFormat: JWT'],
  ['authorization placeholder', 'Authorization: Bearer <token>\nAuthorization: Bearer $TOKEN'],
  ['token counts', 'max_tokens: 4096\ntoken_ttl: 3600\ntokens_per_minute: 60000'],
  ['pre-commit', 'pass_filenames: false'],
  ['compose secrets list', 'secrets:\n  - db_password\n  - api_key'],
  [
    'certificate',
    '-----BEGIN CERTIFICATE-----\n' +
      'MIIC2jCCAcKgAwIBAgIBADANBgkqhkiG9w0BAQsFADAoMSYwJAYDVQQDDB1PcmRl\n' +
      '-----END CERTIFICATE-----',
  ],
  [
    'public key',
    '-----BEGIN PUBLIC KEY-----\n' +
      'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8xOUetsCa8EfOlDEBAfREhJqspDo\n' +
      '-----END PUBLIC KEY-----',
  ],
  ['git sha', 'commit: 3f786850e387550fdab836ed7e6dc881de23001b'],
  ['short AKIA-like word', 'note: AKIAEXAMPLE is too short'],
  ['kebab words after sk-', 'model: sk-learn-classification-pipeline-v2'],
  ['slack-like words', 'channel: xoxb-is-a-bot-token-prefix'],
  ['non-JWT base64 with dots', 'value: eyJmb28iOiJiYXIifQ.eyJ4IjoxfQ.c2ln'],
  ['SQL column definitions', 'password_hash text NOT NULL,\nALTER USER readonly WITH PASSWORD NULL;'],
  ['SQL psql variable', "CREATE ROLE app LOGIN PASSWORD :'app_password';"],
  ['comparison in code', 'if (password == "") return;'],
  ['ALL_CAPS name in quotes', 'password: "DB_PASSWORD"'],
  [
    'vault reference',
    'password: vault:secret/data/orders#password\napi_key: arn:aws:secretsmanager:eu-west-1:123456789012:secret:x',
  ],
  [
    'key with non-secret last word',
    'secret_name: orders\npassword_policy: strict\ntoken_endpoint: /oauth/token\napi_key_header: X-Api-Key',
  ],
  ['yaml alias', 'password: *db_password'],
  ['markdown prose', 'Set `DB_PASSWORD` in the environment; the token is rotated daily.'],
  ['OpenAPI example object of types', 'example:\n  username: string\n  password: string'],
  ['k8s ConfigMap', 'kind: ConfigMap\ndata:\n  LOG_LEVEL: info\n  PASSWORD_POLICY: strict'],
  [
    'k8s Secret with templated values',
    'kind: Secret\nstringData:\n  password: {{ .Values.password | quote }}\n  token: ""',
  ],
  ['terraform non-sensitive variable', 'variable "region" {\n  default = "eu-west-1"\n}'],
  [
    'escaped newline ends a value inside a JSON string',
    '"description": "Run:\\n```\\n./config.sh --url https://github.com/octo-org --token TOKEN\\n```\\nThen start it."',
  ],
  ['python signature inside a JSON string', '"description": "def encrypt(public_key: str, secret_value: str) -> str:"'],
  ['masked example values', '"secret": "aio_XXXXXXXXXXXXXXXXXXXXXXXXXXXX"\n"password": "provide-password-here!"'],
  ['HCL conditional expression', 'password = local.create ? random_password.master[0].result : var.password'],
  ['HCL template with nested quotes', 'secret = "${data.vault_generic_secret.db.data["password"]}"'],
  ['GitHub Actions permissions', 'permissions:\n  contents: read\n  id-token: write'],
  [
    'code calls and chains',
    'const auth = new GoogleAuth({\n  credentials: fromIni({ profile: "dev" }),\n' +
      '  secretAccessKey: awsCredentials.secretAccessKey,\n  privateKey: privateKeyStream,\n});',
  ],
  ['terraform sensitive variable default null', 'variable "db_password" {\n  type    = string\n  default = null\n}'],
];

describe('redactSecrets: look-alikes stay byte-identical', () => {
  it.each(LOOK_ALIKES)('%s', (_name, text) => {
    const got = redactSecrets(text);
    expect(got.text).toBe(text);
    expect(got.redactions).toEqual([]);
  });

  it('has the look-alike count the report claims', () => {
    expect(LOOK_ALIKES.length).toBe(74);
  });
});

describe('redactSecrets: rules in detail', () => {
  it.each([
    ['RSA PRIVATE KEY'],
    ['EC PRIVATE KEY'],
    ['OPENSSH PRIVATE KEY'],
    ['PRIVATE KEY'],
    ['ENCRYPTED PRIVATE KEY'],
    ['DSA PRIVATE KEY'],
    ['PGP PRIVATE KEY BLOCK'],
  ])('redacts every line of a %s block and keeps the line count', (label) => {
    const block = `-----BEGIN ${label}-----\n${PEM_BODY(200, 4, '')}\n-----END ${label}-----`;
    const text = `before\n${block}\nafter\n`;
    const got = redactSecrets(text);
    expect(got.text).toBe(`before\n${Array(6).fill('[REDACTED:private-key]').join('\n')}\nafter\n`);
    expect(got.redactions).toEqual([{ line: 2, rule: 'private-key' }]);
  });

  it('redacts a PEM block written with \\n escapes inside a JSON string', () => {
    const key = `-----BEGIN PRIVATE KEY-----\\n${fake(64, 300, B64)}\\n-----END PRIVATE KEY-----\\n`;
    const text =
      `{"type": "service_account", "private_key_id": "abc", "private_key": "${key}", ` +
      `"client_email": "a@b.iam.gserviceaccount.com"}`;
    const got = redactSecrets(text);
    expect(got.text).toBe(
      `{"type": "service_account", "private_key_id": "abc", "private_key": ` +
        `"[REDACTED:private-key]", "client_email": "a@b.iam.gserviceaccount.com"}`,
    );
  });

  it('redacts a truncated PEM block (no END line) through its base64 lines', () => {
    const text = `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY(210, 3, '')}\n\nnext: value\n`;
    expect(redactSecrets(text).text).toBe(
      '[REDACTED:private-key]\n[REDACTED:private-key]\n[REDACTED:private-key]\n[REDACTED:private-key]\n\nnext: value\n',
    );
  });

  it('keeps scheme, user and host of a URL and redacts only the password', () => {
    expect(redactSecrets('amqp://orders:rabbitPw1@mq.internal:5672/vhost').text).toBe(
      'amqp://orders:[REDACTED:url-credentials]@mq.internal:5672/vhost',
    );
    expect(redactSecrets('redis://:r3disOnly@cache:6379').text).toBe('redis://:[REDACTED:url-credentials]@cache:6379');
    expect(redactSecrets('DATABASE_URL="mysql://app:${DB_PASSWORD:-devPw123}@db/app"').text).toBe(
      'DATABASE_URL="mysql://app:${DB_PASSWORD:-[REDACTED:url-credentials]}@db/app"',
    );
  });

  it('redacts query-string and connection-string secrets but keeps the rest of the URL', () => {
    expect(redactSecrets('callback: https://api.example.com/hook?api_key=q8Zr2LmX9vKp&format=json').text).toBe(
      'callback: https://api.example.com/hook?api_key=[REDACTED:secret-assignment]&format=json',
    );
    expect(
      redactSecrets('ConnectionStrings__Db="Server=db;Database=orders;User Id=sa;Password=Sql5erver!;"').text,
    ).toBe('ConnectionStrings__Db="Server=db;Database=orders;User Id=sa;Password=[REDACTED:password-assignment];"');
  });

  it('needs a JSON header with "alg" before calling three base64url parts a JWT', () => {
    const noAlg = `${b64url('{"typ":"JWT"}')}.${b64url('{"sub":"x"}')}.${fake(20, 400, ALNUM)}`;
    expect(redactSecrets(`token_example_kept: ${noAlg}`).text).toBe(`token_example_kept: ${noAlg}`);
    const unsigned = `${b64url('{"alg":"none"}')}.${b64url('{"sub":"x"}')}.`;
    expect(redactSecrets(`x: ${unsigned}`).text).toBe('x: [REDACTED:jwt]');
  });

  it('treats the name in a Kubernetes env entry as the key of its value', () => {
    const text = [
      'env:',
      '  - name: GRAFANA_ADMIN_PASSWORD',
      '    value: gr4fanaAdm!n',
      '  - name: GF_SERVER_ROOT_URL',
      '    value: https://grafana.example',
    ].join('\n');
    expect(redactSecrets(text).text).toBe(text.replace('gr4fanaAdm!n', '[REDACTED:password-assignment]'));
  });

  it('redacts YAML block scalars under a sensitive key line by line', () => {
    const text = 'config:\n  token: |\n    line-one-abc123\n    line-two-def456\n  other: kept\n';
    const got = redactSecrets(text);
    expect(got.text).toBe(
      'config:\n  token: |\n    [REDACTED:secret-assignment]\n    [REDACTED:secret-assignment]\n  other: kept\n',
    );
    expect(got.redactions).toEqual([{ line: 3, rule: 'secret-assignment' }]);
  });

  it('redacts Terraform heredoc defaults of sensitive variables', () => {
    const text =
      'variable "tls_private_key_pem" {\n  sensitive = true\n  default = <<EOT\nline-1-secret\nline-2-secret\nEOT\n}\n';
    expect(redactSecrets(text).text).toBe(
      'variable "tls_private_key_pem" {\n  sensitive = true\n  default = <<EOT\n' +
        '[REDACTED:terraform-sensitive-default]\n[REDACTED:terraform-sensitive-default]\nEOT\n}\n',
    );
  });

  it('keeps CRLF line endings and never touches the newline', () => {
    const text = 'DB_PASSWORD=crlfPw123\r\nPORT=1\r\n';
    expect(redactSecrets(text).text).toBe('DB_PASSWORD=[REDACTED:password-assignment]\r\nPORT=1\r\n');
  });

  it('is idempotent: redacting redacted text changes nothing', () => {
    for (const f of FIXTURES) {
      const once = redactSecrets(f.text).text;
      expect(redactSecrets(once).text).toBe(once);
    }
  });

  it('handles a large single-line JSON document with secrets far apart', () => {
    const filler = JSON.stringify({
      paths: Object.fromEntries(
        Array.from({ length: 3000 }, (_, i) => [
          `/items/${i}`,
          { get: { description: 'Returns the token and auth state', parameters: [{ name: 'api_key', in: 'query' }] } },
        ]),
      ),
    });
    const text = `${filler.slice(0, -1)},"x-example":{"token":"${GHP}","password":"longJsonPw!"}}`;
    const got = redactSecrets(text);
    expect(got.text).toBe(
      filler.slice(0, -1) +
        ',"x-example":{"token":"[REDACTED:github-token]","password":"[REDACTED:password-assignment]"}}',
    );
    expect(got.redactions).toEqual([
      { line: 1, rule: 'github-token' },
      { line: 1, rule: 'password-assignment' },
    ]);
  });

  it.each([
    ['curl -u admin:S3cretCurl https://x', 'curl -u admin:[REDACTED:url-credentials] https://x'],
    [
      'machine api.example.com login bot password netrcPw1',
      'machine api.example.com login bot password [REDACTED:password-assignment]',
    ],
    ['mysql -u root -pS3cretSql orders', 'mysql -u root -p[REDACTED:password-assignment] orders'],
    ['docker login -u ci -p S3cretDock ghcr.io', 'docker login -u ci -p [REDACTED:password-assignment] ghcr.io'],
    ['redis-server --requirepass S3cretRedis', 'redis-server --requirepass [REDACTED:password-assignment]'],
    ['ENV DB_PASSWORD hunter2x', 'ENV DB_PASSWORD [REDACTED:password-assignment]'],
    ['<password>xmlPw123</password>', '<password>[REDACTED:password-assignment]</password>'],
    ['<add key="DbPassword" value="xPw123" />', '<add key="DbPassword" value="[REDACTED:password-assignment]" />'],
    [
      'spring.datasource.password=${DB_PASSWORD:springDefault1}',
      'spring.datasource.password=${DB_PASSWORD:[REDACTED:password-assignment]}',
    ],
    ['//registry.npmjs.org/:_authToken=abc-123-def', '//registry.npmjs.org/:_authToken=[REDACTED:secret-assignment]'],
    [
      '{"auths": {"ghcr.io": {"auth": "dXNlcjpwYXNz"}}}',
      '{"auths": {"ghcr.io": {"auth": "[REDACTED:secret-assignment]"}}}',
    ],
    [
      'psycopg2.connect(host="db", password="pyPw1")',
      'psycopg2.connect(host="db", password="[REDACTED:password-assignment]")',
    ],
    ['helm upgrade x --set auth.password=helmPw1', 'helm upgrade x --set auth.password=[REDACTED:password-assignment]'],
    ['PGPASSWORD=abc123 psql -h db', 'PGPASSWORD=[REDACTED:password-assignment] psql -h db'],
    ['X-API-KEY: abc123def456ghi', 'X-API-KEY: [REDACTED:secret-assignment]'],
    [
      'kind: Secret\ndata:\n  .dockerconfigjson: eyJhdXRocyI6e319',
      'kind: Secret\ndata:\n  .dockerconfigjson: [REDACTED:kubernetes-secret-data]',
    ],
  ])('catches %j', (text, want) => {
    expect(redactSecrets(text).text).toBe(want);
  });

  it('accepts empty input', () => {
    expect(redactSecrets('')).toEqual({ text: '', redactions: [] });
  });
});

describe('redactValue', () => {
  it('redacts a literal and keeps references, placeholders and empties visible', () => {
    expect(redactValue('hunter2')).toBe('[REDACTED:sensitive-value]');
    expect(redactValue('1234')).toBe('[REDACTED:sensitive-value]');
    expect(redactValue('${DB_PASSWORD}')).toBe('${DB_PASSWORD}');
    expect(redactValue('{{ .Values.password }}')).toBe('{{ .Values.password }}');
    expect(redactValue('var.db_password')).toBe('var.db_password');
    expect(redactValue('<password>')).toBe('<password>');
    expect(redactValue('')).toBe('');
    expect(redactValue('true')).toBe('true');
  });

  it('keeps the line count of a multi-line value and only the password of a URL', () => {
    expect(redactValue('a\nb\n')).toBe('[REDACTED:sensitive-value]\n[REDACTED:sensitive-value]\n');
    expect(redactValue('postgres://app:pw12345@db/app')).toBe('postgres://app:[REDACTED:url-credentials]@db/app');
  });
});
