// The action's entry point (runs.main in action.yml): nothing but the call.
import { run } from './main.js';

await run();
