/**
 * Reading notes in Markdown: the report's title, then, section by section in document order, the targets
 * of that section as a table followed by the sentences they were quoted from. Sections without any
 * target (and without a descendant that has one) are left out: the notes are about numbers.
 */
import type { Analysis } from '../analysis-types';
import type { Section } from '../outline/types';
import type { Target } from '../targets/types';

export interface MarkdownOptions {
  /** The analysed text: when given, each target is quoted with its whole sentence instead of its mention. */
  text?: string;
  /** Where the report came from, written under the title. */
  source?: { file?: string; url?: string };
  /** Title to use when the analysis found none. */
  fallbackTitle?: string;
}

/** Backslash-escape what Markdown would read as markup (masked values such as **亿元 included). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&').replace(/\s*[\r\n]+\s*/g, ' ');
}

const COMPARISON_SIGN: Record<Target['comparison'], string> = {
  about: '约',
  atLeast: '≥',
  atMost: '≤',
  range: '区间',
  exact: '',
};

function valueCell(t: Target): string {
  if (t.masked && t.value === null) return '（遮蔽）';
  if (t.value === null) return '';
  return t.valueMax !== null ? `${t.value}–${t.valueMax}` : String(t.value);
}

function targetTable(targets: readonly Target[]): string[] {
  const lines = ['| 类型 | 指标 | 方向 | 数值 | 单位 | 限定 | 时期 |', '| --- | --- | --- | ---: | --- | --- | --- |'];
  for (const t of targets) {
    const cells = [
      (t.kind === 'target' ? '目标' : '实绩') + (t.headline ? '（主要预期目标）' : ''),
      t.indicator,
      t.direction ?? '',
      valueCell(t),
      t.unit,
      [t.qualifier ?? '', COMPARISON_SIGN[t.comparison]].filter(Boolean).join(' '),
      t.period ?? '',
    ];
    lines.push('| ' + cells.map(escapeMarkdown).join(' | ') + ' |');
  }
  return lines;
}

const SENTENCE_END = /[。！？；!?;\n]/;

/** The sentence around [start, end) in text: from after the previous 。！？；/line end to the next one. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = Math.max(end, start);
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++; // keep the closing punctuation
  return { start: s, end: e };
}

function quotes(targets: readonly Target[], text: string | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of targets) {
    let quote = t.text;
    if (text !== undefined && t.end <= text.length) {
      const span = sentenceAround(text, t.start, t.end);
      quote = text.slice(span.start, span.end).trim();
    }
    if (quote === '' || seen.has(quote)) continue;
    seen.add(quote);
    out.push('> ' + escapeMarkdown(quote), '');
  }
  return out;
}

function sectionBlock(section: Section | null, targets: readonly Target[], text: string | undefined): string[] {
  const lines: string[] = [];
  if (section) {
    const depth = Math.min(section.level + 1, 6);
    lines.push(`${'#'.repeat(depth)} ${escapeMarkdown(section.marker + section.title)}`, '');
  } else if (targets.length > 0) {
    lines.push('## （未分章节）', '');
  }
  if (targets.length > 0) lines.push(...targetTable(targets), '', ...quotes(targets, text));
  return lines;
}

export function analysisToMarkdown(analysis: Analysis, options: MarkdownOptions = {}): string {
  const title = analysis.title ?? options.fallbackTitle ?? '政府工作报告';
  const lines: string[] = [`# ${escapeMarkdown(title)}`, ''];
  const origin = options.source?.url ?? options.source?.file;
  if (origin) lines.push(`来源：${escapeMarkdown(origin)}`, '');
  const targets = analysis.targets.filter((t) => t.kind === 'target').length;
  lines.push(`目标 ${targets} 项，实绩 ${analysis.targets.length - targets} 项。`, '');

  const bySection = new Map<number | null, Target[]>();
  for (const t of analysis.targets) {
    const list = bySection.get(t.sectionId) ?? [];
    list.push(t);
    bySection.set(t.sectionId, list);
  }
  // A section is shown when it or a descendant holds a target, so the nesting stays readable.
  const shown = new Set<number>();
  const byId = new Map(analysis.sections.map((s) => [s.id, s]));
  for (const id of bySection.keys()) {
    let cur = id === null ? undefined : byId.get(id);
    while (cur && !shown.has(cur.id)) {
      shown.add(cur.id);
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
    }
  }
  lines.push(...sectionBlock(null, bySection.get(null) ?? [], options.text));
  for (const section of analysis.sections) {
    if (shown.has(section.id)) lines.push(...sectionBlock(section, bySection.get(section.id) ?? [], options.text));
  }
  // Targets that name a section the outline does not list (should not happen) are still written.
  for (const [id, list] of bySection) {
    if (id !== null && !byId.has(id)) lines.push(...sectionBlock(null, list, options.text));
  }

  if (analysis.keywords.length > 0) {
    const counts = new Map<string, number>();
    for (const k of analysis.keywords) counts.set(k.term, (counts.get(k.term) ?? 0) + 1);
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
    lines.push('## 关键词', '', '| 关键词 | 次数 |', '| --- | ---: |');
    for (const [term, n] of sorted) lines.push(`| ${escapeMarkdown(term)} | ${n} |`);
    lines.push('');
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
