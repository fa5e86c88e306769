import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { groundingCommands } from '../../src/agent/grounding-commands.js';
import {
  checkAnswer,
  checkGrounding,
  markProposedMentions,
  type GroundingOptions,
  type Proposal,
  type SqlParser,
} from '../../src/checks/grounding/index.js';
import type { FactModel } from '../../src/facts/model.js';
import { loadPgParser } from '../../src/sources/migrations/pg-parser.js';

// The facts of the bundled example (examples/shop), as `architect-docs facts` prints them.
const facts = JSON.parse(
  readFileSync(new URL('../fixtures/facts/shop-facts.json', import.meta.url), 'utf8'),
) as FactModel;

let opts: GroundingOptions;
beforeAll(async () => {
  const sqlParser: SqlParser = await loadPgParser();
  opts = { commands: groundingCommands(), sqlParser };
});

const proposal = (p: Partial<Proposal>): Proposal => ({
  title: 'A recommendation',
  markdown: '',
  proposed: [],
  touches: [],
  ...p,
});
const answer = (claims: string, ...proposals: Proposal[]) =>
  checkAnswer(
    [{ label: 'markdown', markdown: claims }],
    proposals.map((p, i) => ({ label: `recommendation ${i + 1}`, proposal: p })),
    facts,
    opts,
  );

describe('claims and proposals', () => {
  it('a proposal may name new things it declares, and touch real ones', () => {
    const r = answer(
      'Payments are stored in `payments`, one per order (`payments.order_id`).',
      proposal({
        markdown:
          'Add a `payment_attempts` table with `payment_attempts.attempt_no`, and expose ' +
          '`GET /orders/{id}/attempts` next to `GET /orders/{orderId}`.',
        proposed: [
          { kind: 'table', name: 'payment_attempts', why: 'idempotent retries' },
          { kind: 'endpoint', name: 'GET /orders/{orderId}/attempts', why: 'support' },
        ],
        touches: ['payments', 'payments.order_id', 'GET /orders/{orderId}'],
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.claims.ratio).toBe(1);
    const p = r.proposals[0]!;
    expect(p.mentions.filter((m) => m.proposed).map((m) => m.text)).toEqual([
      'payment_attempts',
      'payment_attempts.attempt_no',
      'GET /orders/{id}/attempts',
    ]);
  });

  it('an undeclared new name, and a touched name that does not exist, are problems', () => {
    const r = answer(
      'Orders live in `orders`.',
      proposal({
        markdown: 'Move refunds into a `refund_ledger` table.',
        touches: ['orders', 'refunds'],
      }),
    );
    expect(r.problems).toEqual([
      expect.stringMatching(/recommendation 1, line 1: `refund_ledger` does not exist .* not declared in `proposed`/),
      expect.stringMatching(/recommendation 1: touches `refunds`, which does not exist/),
    ]);
  });

  it('a column the table does not have is a problem, unless it is declared as a new column', () => {
    const wrong = answer('', proposal({ markdown: 'Index `orders(customer_id, created_at)`.', touches: ['orders'] }));
    expect(wrong.problems).toEqual([expect.stringContaining('`orders.created_at` does not exist')]);
    const declared = answer(
      '',
      proposal({
        markdown: 'Add `orders.created_at` and index `orders(customer_id, created_at)`.',
        proposed: [{ kind: 'column', name: 'orders.created_at', why: 'creation time' }],
        touches: ['orders'],
      }),
    );
    expect(declared.problems).toEqual([]);
  });

  it('the description may not present a proposed thing as existing', () => {
    const r = answer(
      'Each charge attempt is stored in `payment_attempts`.',
      proposal({
        markdown: 'Add `payment_attempts`.',
        proposed: [{ kind: 'table', name: 'payment_attempts', why: 'x' }],
      }),
    );
    expect(r.problems).toEqual([expect.stringMatching(/^markdown, line 1: `payment_attempts` is only proposed/)]);
    expect(r.claims.ratio).toBe(0);
  });

  it('a declared "new" name that exists is settled as touched, without a problem', () => {
    const r = answer(
      '',
      proposal({
        markdown: 'Make `orders.idempotency_key` unique per customer.',
        proposed: [{ kind: 'column', name: 'orders.idempotency_key', why: 'x' }],
        touches: ['`orders` table'],
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.proposals[0]!.proposal.proposed).toEqual([]);
    expect(r.proposals[0]!.proposal.touches).toEqual(['orders', 'orders.idempotency_key']);
  });

  it('SQL in a proposal is read by its tree: a new index on real columns, or on a column that is missing', () => {
    const sql = (cols: string) =>
      proposal({
        markdown: `\`\`\`sql\nCREATE INDEX CONCURRENTLY payments_status_idx ON payments (${cols});\n\`\`\``,
        proposed: [{ kind: 'index', name: 'payments_status_idx', why: 'x' }],
        touches: ['payments'],
      });
    expect(answer('', sql('status, created_at')).problems).toEqual([]);
    expect(answer('', sql('status, settled_at')).problems).toEqual([
      expect.stringContaining('`payments.settled_at` does not exist'),
    ]);
  });
});

describe('labels', () => {
  it('a new name is labelled where it is written; inside a statement span, by name', () => {
    const md =
      'Add `payments_sweep_idx`: run `CREATE INDEX CONCURRENTLY payments_sweep_idx ON payments (status)` off-peak.';
    const r = answer(
      '',
      proposal({ markdown: md, proposed: [{ kind: 'index', name: 'payments_sweep_idx', why: 'x' }] }),
    );
    const proposed = r.proposals[0]!.mentions.filter((m) => m.proposed);
    const marked = markProposedMentions(md, proposed);
    expect(marked).toBe(
      'Add `payments_sweep_idx` (proposed): run `CREATE INDEX CONCURRENTLY payments_sweep_idx ON payments (status)` ' +
        '(proposed: `payments_sweep_idx`) off-peak.',
    );
    // Labelling twice changes nothing.
    expect(
      markProposedMentions(
        marked,
        checkAnswer(
          [],
          [
            {
              label: 'r',
              proposal: proposal({
                markdown: marked,
                proposed: [{ kind: 'index', name: 'payments_sweep_idx', why: 'x' }],
              }),
            },
          ],
          facts,
          opts,
        ).proposals[0]!.mentions.filter((m) => m.proposed),
      ),
    ).toBe(marked);
  });
});

describe('SQL read with the PostgreSQL parser', () => {
  const unknownIn = (md: string) => checkGrounding(md, facts, opts).unknown.map((m) => `${m.kind} ${m.text}`);

  it('resolves aliases, so a column the table lacks is caught behind `o.`', () => {
    const query = (col: string) =>
      '```sql\nSELECT o.id, c.email AS mail, count(*) AS n\nFROM orders o JOIN customers c ON c.id = o.customer_id\n' +
      `WHERE o.${col} = 'pending' GROUP BY o.id, c.email ORDER BY n;\n\`\`\``;
    expect(unknownIn(query('status'))).toEqual([]);
    expect(unknownIn(query('created_by'))).toEqual(['column orders.created_by']);
  });

  it('reads INSERT, UPDATE … SET and ALTER TABLE columns, and skips what the snippet defines itself', () => {
    expect(unknownIn("```sql\nUPDATE orders SET state = 'x' WHERE id = $1;\n```")).toEqual(['column orders.state']);
    expect(unknownIn('```sql\nINSERT INTO payments (order_id, amount) VALUES (1, 2);\n```')).toEqual([
      'column payments.amount',
    ]);
    expect(
      unknownIn(
        '```sql\nWITH stuck AS (SELECT id FROM payments WHERE status = $1)\nSELECT count(*) FROM stuck;\n' +
          'CREATE TABLE tmp_audit (id bigint);\nINSERT INTO tmp_audit (id) SELECT id FROM stuck;\n```',
      ),
    ).toEqual([]);
    expect(unknownIn("```sql\nSELECT relname FROM pg_stat_user_tables WHERE relname = 'orders';\n```")).toEqual([]);
  });

  it('reads the SQL given to psql -c in a shell block, and a one-statement inline span', () => {
    const shell = '```bash\npsql "$DATABASE_URL" -c "SELECT id FROM order_lines WHERE order_id = 42"\n```';
    expect(unknownIn(shell)).toEqual(['table order_lines']);
    expect(unknownIn('Run `SELECT count(*) FROM outbox_events WHERE published_at IS NULL` first.')).toEqual([]);
    expect(unknownIn('Run `SELECT count(*) FROM outbox_events WHERE sent_at IS NULL` first.')).toEqual([
      'column outbox_events.sent_at',
    ]);
  });

  it('falls back to the keyword scan when the parser cannot read the text', () => {
    const psqlMeta = '```sql\n\\d+ orders\nSELECT * FROM invoices WHERE;\n```';
    expect(unknownIn(psqlMeta)).toEqual(['table invoices']);
  });
});
