// Compares two benchmark results files figure by figure: `node bench/compare.mjs before.json after.json`.
// For every metric both hold (with raw samples), the ratio after ÷ before of the medians with a bootstrap 95%
// interval; a change is "clear" when the interval excludes 1 (no change).
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { ratio } from './stats.mjs';

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) {
  console.error('Usage: node bench/compare.mjs before.json after.json');
  process.exit(1);
}
const before = JSON.parse(readFileSync(beforePath, 'utf8'));
const after = JSON.parse(readFileSync(afterPath, 'utf8'));
for (const [name, b] of Object.entries(before.benchmarks)) {
  const a = after.benchmarks[name];
  if (!a) continue;
  console.log(`\n${name}`);
  for (const [id, mb] of Object.entries(b.metrics)) {
    const ma = a.metrics[id];
    if (!ma || mb.unit !== 'ms' || !mb.samples?.length || !ma.samples?.length) continue;
    const r = ratio(ma.samples, mb.samples);
    const verdict = r.ci[1] < 1 ? 'faster' : r.ci[0] > 1 ? 'slower' : 'no clear change';
    console.log(`  ${ma.label.padEnd(76)} ${mb.median.toFixed(1).padStart(7)} → ${ma.median.toFixed(1).padStart(7)} ms  ×${r.value.toFixed(2)} [${r.ci[0].toFixed(2)}, ${r.ci[1].toFixed(2)}]  ${verdict}`);
  }
}
