import { catchUpBench } from './catch-up.bench.js';
import { graphMessagesBench } from './graph-messages.bench.js';
import { groupFanoutBench } from './group-fanout.bench.js';
import { oneToOneBench } from './one-to-one.bench.js';
import { webhooksBench } from './webhooks.bench.js';

/** `npm run bench`: every scenario in turn; `npm run bench -- one-to-one` runs one. */
const scenarios: Record<string, () => Promise<void>> = {
  'one-to-one': oneToOneBench,
  'group-fanout': groupFanoutBench,
  'catch-up': catchUpBench,
  'graph-messages': graphMessagesBench,
  webhooks: webhooksBench,
};

const chosen = process.argv.slice(2);
for (const [name, run] of Object.entries(scenarios)) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  console.log(`\n== ${name}`);
  await run();
}
process.exit(0);
