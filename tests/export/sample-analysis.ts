/**
 * A hand-made Analysis of real report sentences (2025 北京 report, lines 1, 6, 10, 25, 28, plus the masked
 * target line of the 2022 市发改委 work plan), with every offset computed from the text itself. It is what
 * the engine is expected to produce, written by hand so that the export formats can be tested on their own.
 */
import { readFileSync } from 'node:fs';
import type { Analysis } from '../../lib/analysis-types';
import type { Section } from '../../lib/outline/types';
import type { Target } from '../../lib/targets/types';

const beijing = readFileSync('tests/fixtures/corpus/reports-2025-provinces/2025年北京市.txt', 'utf8').split('\n');
const plan = readFileSync('tests/fixtures/corpus/2022_市发改委_工作要点_含占位符.txt', 'utf8');
const maskedLine = plan.split('\n').find((l) => l.includes('GDP增长X%左右'))!.trim();

export const sampleText = [beijing[0], beijing[5], beijing[9], beijing[24], beijing[27], maskedLine].join('\n');

function at(needle: string, from = 0): number {
  const i = sampleText.indexOf(needle, from);
  if (i < 0) throw new Error(`not in sample text: ${needle}`);
  return i;
}

function section(id: number, marker: string, title: string, kind: Section['kind'], end: number): Section {
  const headingStart = at(marker + title);
  return {
    id, title, marker, level: 1, kind, parentId: null,
    headingStart, headingEnd: headingStart + marker.length + title.length, start: headingStart, end,
  };
}

const planStart = at('二、2025年');
export const sampleSections: Section[] = [
  section(0, '一、', '2024年工作回顾', 'review', planStart - 1),
  section(1, '二、', '2025年工作总体要求和重点任务', 'plan', sampleText.length),
];

interface Spec {
  text: string;
  indicator: string;
  direction: string | null;
  value: number | null;
  quantity: string;
  unit: string;
  qualifier: string | null;
  comparison: Target['comparison'];
  kind: Target['kind'];
  period: string | null;
  sectionId: number;
  headline?: boolean;
  from?: number;
}

function target(s: Spec): Target {
  const start = at(s.text, s.from ?? 0);
  const valueStart = start + s.text.indexOf(s.quantity);
  const sec = sampleSections[s.sectionId]!;
  return {
    text: s.text, start, end: start + s.text.length, indicator: s.indicator, direction: s.direction,
    value: s.value, valueMax: null, unit: s.unit, qualifier: s.qualifier, comparison: s.comparison,
    kind: s.kind, masked: s.value === null, period: s.period, section: sec.title, sectionId: sec.id,
    headline: s.headline ?? false, valueStart, valueEnd: valueStart + s.quantity.length,
  };
}

const r = { kind: 'result', period: '2024', sectionId: 0 } as const;
const t = { kind: 'target', period: '2025', sectionId: 1, headline: true, from: planStart } as const;
export const sampleTargets: Target[] = [
  target({ ...r, text: '地区生产总值增长5.2%左右', indicator: '地区生产总值', direction: '增长', value: 5.2, quantity: '5.2%', unit: '%', qualifier: '左右', comparison: 'about' }),
  target({ ...r, text: '一般公共预算收入增长3.1%', indicator: '一般公共预算收入', direction: '增长', value: 3.1, quantity: '3.1%', unit: '%', qualifier: null, comparison: 'exact' }),
  target({ ...r, text: '城镇调查失业率4.1%左右', indicator: '城镇调查失业率', direction: null, value: 4.1, quantity: '4.1%', unit: '%', qualifier: '左右', comparison: 'about' }),
  target({ ...t, text: '地区生产总值增长5%左右', indicator: '地区生产总值', direction: '增长', value: 5, quantity: '5%', unit: '%', qualifier: '左右', comparison: 'about' }),
  target({ ...t, text: '城镇调查失业率控制在5%以内', indicator: '城镇调查失业率', direction: '控制在', value: 5, quantity: '5%', unit: '%', qualifier: '以内', comparison: 'atMost' }),
  target({ ...t, headline: false, period: '2022', text: 'GDP增长X%左右', indicator: 'GDP', direction: '增长', value: null, quantity: 'X%', unit: '%', qualifier: '左右', comparison: 'about' }),
];

const headlineStart = at('今年经济社会发展主要预期目标是');
export const sampleAnalysis: Analysis = {
  title: beijing[0]!,
  year: 2025,
  sections: sampleSections,
  headline: { start: headlineStart, end: headlineStart + beijing[27]!.length },
  targets: sampleTargets,
  keywords: [
    { term: '能耗', theme: 'green', start: at('能耗'), end: at('能耗') + 2 },
    { term: '生态环境', theme: 'green', start: at('生态环境'), end: at('生态环境') + 4 },
  ],
};
