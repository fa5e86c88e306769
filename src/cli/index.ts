// The CLI's entry point, bundled to dist/cli/index.js and started by bin/architect-docs.js.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
