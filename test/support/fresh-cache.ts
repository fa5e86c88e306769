import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every test file gets a cache folder of its own (facts, kinds, replays), and so does every
// process it starts, which inherits the variable: no test sees entries another test, or a run
// of an older build, left behind.
process.env.ARCHITECT_DOCS_CACHE_DIR = mkdtempSync(join(tmpdir(), 'ad-test-cache-'));
