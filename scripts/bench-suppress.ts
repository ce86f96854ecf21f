/**
 * npm run bench:suppress -- [--projects 25000] [--years 5]
 * Suppresses and audits a synthetic national-scale 人员类别 system (projects × categories, years, all
 * years) and prints time, solver runs and how much was withheld. Against a baseline in the same run:
 * building the same system's sums without suppression.
 */
import { parseArgs } from 'node:util';
import { suppressCategoryTables, type YearCounts } from '../src/lib/privacy/categoryTables.ts';

const { values } = parseArgs({
  options: { projects: { type: 'string', default: '25000' }, years: { type: 'string', default: '5' } },
});
const projects = Number(values.projects);
const years = Number(values.years);
const shares = [0.3, 0.05, 0.03, 0.1, 0.52];

let seed = 20231;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const input: YearCounts[] = Array.from({ length: years }, (_, y) => ({ year: 2020 + y, rows: [] }));
for (let p = 0; p < projects; p++) {
  const size = Math.max(1, Math.round(Math.exp(rnd() * Math.log(300))));
  const row = shares.map(() => 0);
  for (let w = 0; w < size; w++) {
    let u = rnd();
    let j = 0;
    while (j < shares.length - 1 && u >= shares[j]) u -= shares[j++];
    row[j]++;
  }
  input[p % years].rows.push(row);
}

const t0 = performance.now();
const baseline = input.map((y) => shares.map((_, j) => y.rows.reduce((a, r) => a + r[j], 0)));
const t1 = performance.now();
const m = await suppressCategoryTables(input, shares.length);
const t2 = performance.now();
const cells = m.projects.flat(2);
const count = (mk: string) => cells.filter((x) => x === mk).length;
console.log(`projects ${projects}, years ${years}, cells ${cells.length}`);
console.log(
  `baseline (sums only): ${(t1 - t0).toFixed(1)} ms; suppress + audit: ${((t2 - t1) / 1000).toFixed(2)} s, ${m.solves} solver runs`,
);
console.log(
  `withheld: <5 ${count('lt5')}, — ${count('hidden')}; shown ${count('shown')}; year totals withheld ${m.years.flat().filter((x) => x !== 'shown').length}; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);
void baseline;
