/**
 * Prints how the engine scores on the hand-written golden fixtures: headline targets found and right,
 * and mention-by-mention precision/recall per kind. `npm run eval` (add -- --verbose for every miss).
 */
import { loadHeadlineFixtures, loadMaskedFixtures, loadMentionFixtures, scoreHeadline, scoreMasked, scoreMentions } from '../tests/support/golden';

const verbose = process.argv.includes('--verbose');
let total = 0, found = 0, right = 0, strict = 0;
for (const fx of loadHeadlineFixtures()) {
  const rows = scoreHeadline(fx);
  const f = rows.filter((r) => r.found).length;
  const r = rows.filter((r) => r.right).length;
  total += rows.length; found += f; right += r; strict += rows.filter((r) => r.strictIndicator).length;
  console.log(`${fx.name.padEnd(14)} ${String(rows.length).padStart(3)} found ${String(f).padStart(3)} right ${String(r).padStart(3)}`);
  if (verbose) for (const row of rows.filter((x) => !x.right)) console.log(`   ✗ ${row.entry.group} ${row.entry.quote}: ${row.problems.join('; ')}`);
}
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`\nheadline: ${total} entries, found ${found} (${pct(found, total)}), right ${right} (${pct(right, total)}), indicator exact ${strict} (${pct(strict, total)})`);

for (const fx of loadMentionFixtures()) {
  const s = scoreMentions(fx);
  const f = (k: typeof s.target) => `P ${k.precision.toFixed(3)} R ${k.recall.toFixed(3)} F1 ${k.f1.toFixed(3)} (tp ${k.tp} fp ${k.fp} fn ${k.fn})`;
  console.log(`\nmentions ${fx.name}: ${fx.mentions.length} labelled, ${s.reported} reported`);
  console.log(`  target ${f(s.target)}\n  result ${f(s.result)}`);
  console.log(`  non-indicators reported: ${s.nonIndicators} (${pct(s.nonIndicators, Math.max(1, s.reported))} of reported); unlabelled spans reported: ${s.unlabelled}`);
  if (verbose) for (const e of s.errors) console.log(`   ✗ ${e.text} label ${e.label} → ${e.predicted} | ${e.context}`);
}

for (const fx of loadMaskedFixtures()) {
  const s = scoreMasked(fx);
  console.log(`\nmasked ${fx.name}: ${s.entries} entries, found as masked ${s.foundMasked}, kind right ${s.kindRight}, masked names/dates reported ${s.falseValues.length}`);
  if (verbose) for (const m of [...s.misses, ...s.falseValues]) console.log(`   ✗ ${m}`);
}
