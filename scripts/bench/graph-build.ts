// Times building one network view on the server (load from the database, metrics, positions) for
// the database named by DATABASE_URL; prints JSON for `npm run bench:graph`.
import { parseNetworkFilter } from "../../lib/network/filter";
import { networkView } from "../../lib/network/view";

async function main() {
  const runs: number[] = [];
  let shape = { nodes: 0, edges: 0 };
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const view = await networkView(parseNetworkFilter({}), null, "de");
    runs.push(performance.now() - started);
    shape = { nodes: view.data.nodes.length, edges: view.data.edges.length };
  }
  runs.sort((a, b) => a - b);
  console.log(JSON.stringify({ ...shape, slowestMs: Math.round(runs.at(-1)!), medianMs: Math.round(runs[2]!) }));
  process.exit(0);
}

void main();
