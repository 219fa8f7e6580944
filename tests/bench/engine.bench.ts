/**
 * npm run bench:engine — time to analyze each corpus report and a 150,000-character concatenation
 * (median of repeated runs), split by stage, with the cost per 10,000 characters to show linear growth,
 * and the keyword stage side by side with the naive alternative (indexOf per term).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../lib/analyze';
import { detectTitle, detectYear } from '../../lib/document-info';
import { defaultKeywordMatcher } from '../../lib/keywords/matcher';
import { LEXICON } from '../../lib/keywords/lexicon';
import { scanQuantities } from '../../lib/numbers/scan';
import { parseOutline } from '../../lib/outline/parse-outline';
import { extractTargets } from '../../lib/targets/extract-targets';
import { normalize } from '../../lib/text/normalize';

const corpus = join(import.meta.dirname, '../fixtures/corpus');
const RUNS = Number(process.env.RUNS ?? 21);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function time(fn: () => void, runs = RUNS): number {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

function stages(text: string) {
  let norm = normalize(text);
  let outline = parseOutline(norm.text);
  let quantities = scanQuantities(norm.text);
  const matcher = defaultKeywordMatcher();
  return {
    normalize: time(() => (norm = normalize(text))),
    outline: time(() => (outline = parseOutline(norm.text))),
    scan: time(() => (quantities = scanQuantities(norm.text))),
    targets: time(() => {
      const title = detectTitle(norm.text);
      extractTargets(norm.text, quantities, { outline, year: detectYear(norm.text, outline, title) });
    }),
    keywords: time(() => matcher.match(norm.text)),
  };
}

/** The alternative to one Aho-Corasick pass: one indexOf scan per lexicon term. */
function naiveKeywords(text: string): number {
  let hits = 0;
  for (const { term } of LEXICON) for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) hits++;
  return hits;
}

const files: { name: string; text: string }[] = [];
for (const dir of ['reports', 'reports-2025-provinces']) {
  for (const f of readdirSync(join(corpus, dir)).sort()) files.push({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(corpus, dir, f), 'utf8') });
}
for (const f of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
  files.push({ name: f.replace(/\.txt$/, '').slice(0, 16), text: readFileSync(join(corpus, f), 'utf8') });
}
const all = files.map((f) => f.text).join('\n');
const sized = (n: number) => ({ name: `concat ${n / 1000}k`, text: all.slice(0, n) });

console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, node ${process.version}; median of ${RUNS} runs (ms)\n`);
const head = 'report'.padEnd(18) + 'chars'.padStart(8) + 'analyze'.padStart(9) + 'ms/10k'.padStart(8) + ' | ' +
  ['normalize', 'outline', 'scan', 'targets', 'keywords'].map((s) => s.padStart(9)).join('') + '  targets';
console.log(head);
for (const f of [...files, sized(50_000), sized(100_000), sized(150_000), sized(300_000)]) {
  const total = time(() => analyze(f.text));
  const st = stages(f.text);
  const n = analyze(f.text).targets.length;
  console.log(
    f.name.padEnd(18) + String(f.text.length).padStart(8) + total.toFixed(2).padStart(9) +
      ((total / f.text.length) * 10_000).toFixed(2).padStart(8) + ' | ' +
      Object.values(st).map((v) => v.toFixed(2).padStart(9)).join('') + String(n).padStart(9),
  );
}

const big = sized(150_000).text;
const ac = time(() => defaultKeywordMatcher().match(normalize(big).text), 9);
const naive = time(() => naiveKeywords(normalize(big).text), 5);
console.log(`\nkeywords on 150k chars, ${LEXICON.length} terms: Aho-Corasick ${ac.toFixed(2)} ms vs indexOf per term ${naive.toFixed(2)} ms (×${(naive / ac).toFixed(1)})`);
