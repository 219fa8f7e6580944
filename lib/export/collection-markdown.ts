/**
 * A collection as reading notes in Markdown: per collection, per source report (title, link, region,
 * year), then each clip in the order it appears in the report: the passage as a block quote, the note,
 * the tags, the keywords and a small table of the targets inside it. Meant to be pasted into a notes app
 * or a report draft, so everything from a page or a user is escaped and only web links become links.
 */
import type { Clip, Collection } from '../store/types';
import type { Target } from '../targets/types';
import { type CollectionData, selectCollection } from './collection-json';
import { escapeMarkdown } from './markdown';

export type CollectionMarkdownLanguage = 'zh' | 'en';

export interface CollectionMarkdownOptions {
  /** Only this collection; every collection when absent or null. */
  collectionId?: string | null;
  language?: CollectionMarkdownLanguage;
}

const LABELS = {
  zh: {
    clips: (n: number) => `剪藏 ${n} 条`,
    targets: (t: number, r: number) => `目标 ${t} 项，实绩 ${r} 项`,
    note: '笔记',
    tags: '标签',
    keywords: '关键词',
    noSection: '（未注明章节）',
    untitled: '（无标题）',
    table: ['类型', '指标', '方向', '数值', '单位', '限定', '时期'],
    kind: { target: '目标', result: '实绩' },
    masked: '（遮蔽）',
    year: (y: number) => `${y}年`,
    empty: '（此合集还没有剪藏）',
    separator: '、',
  },
  en: {
    clips: (n: number) => `${n} clip${n === 1 ? '' : 's'}`,
    targets: (t: number, r: number) => `${t} target${t === 1 ? '' : 's'}, ${r} result${r === 1 ? '' : 's'}`,
    note: 'Note',
    tags: 'Tags',
    keywords: 'Keywords',
    noSection: '(no section)',
    untitled: '(untitled)',
    table: ['Kind', 'Indicator', 'Direction', 'Value', 'Unit', 'Qualifier', 'Period'],
    kind: { target: 'target', result: 'result' },
    masked: '(masked)',
    year: (y: number) => String(y),
    empty: '(no clips in this collection yet)',
    separator: ', ',
  },
} as const;

type Labels = (typeof LABELS)[CollectionMarkdownLanguage];

/**
 * A link destination that every Markdown renderer reads the same way: only http(s) addresses become
 * links (a `javascript:` address from an imported file must never become clickable), and the characters
 * that would end or break the destination are percent-encoded.
 */
export function markdownLink(label: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeMarkdown(label === url ? url : `${label} ${url}`);
  const dest = url.replace(/[\s()<>[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  return `[${escapeMarkdown(label)}](${dest})`;
}

/** Each line of a passage as a quote line; blank lines between paragraphs keep them apart. */
function blockQuote(text: string): string[] {
  const paragraphs = text.split(/\r\n|\r|\n|\u2029/).map((l) => l.trim()).filter((l) => l !== '');
  return paragraphs.flatMap((p, i) => (i === 0 ? [`> ${escapeMarkdown(p)}`] : ['>', `> ${escapeMarkdown(p)}`]));
}

function valueCell(t: Target, L: Labels): string {
  if (t.value === null) return t.masked ? L.masked : '';
  return t.valueMax !== null ? `${t.value}–${t.valueMax}` : String(t.value);
}

function targetTable(targets: readonly Target[], L: Labels): string[] {
  const lines = [`| ${L.table.join(' | ')} |`, '| --- | --- | --- | ---: | --- | --- | --- |'];
  for (const t of targets) {
    const cells = [L.kind[t.kind], t.indicator, t.direction ?? '', valueCell(t, L), t.unit, t.qualifier ?? '', t.period ?? ''];
    lines.push('| ' + cells.map(escapeMarkdown).join(' | ') + ' |');
  }
  return lines;
}

function clipBlock(clip: Clip, L: Labels): string[] {
  const lines = [...blockQuote(clip.text), ''];
  const note = clip.note.split(/\r\n|\r|\n/).map((l) => escapeMarkdown(l.trim())).filter((l) => l !== '');
  // Two trailing spaces: a hard line break, so a note of several lines keeps its lines.
  if (note.length > 0) lines.push(`**${L.note}**：${note.join('  \n')}`, '');
  if (clip.tags.length > 0) lines.push(`**${L.tags}**：${clip.tags.map(escapeMarkdown).join(L.separator)}`, '');
  const terms = [...new Set(clip.keywords.map((k) => k.term))];
  if (terms.length > 0) lines.push(`**${L.keywords}**：${terms.map(escapeMarkdown).join(L.separator)}`, '');
  if (clip.targets.length > 0) lines.push(...targetTable(clip.targets, L), '');
  return lines;
}

/** Clips grouped by source page, groups in order of first appearance. */
function bySource(clips: readonly Clip[]): Clip[][] {
  const groups = new Map<string, Clip[]>();
  for (const clip of clips) {
    const list = groups.get(clip.source.url);
    if (list) list.push(clip);
    else groups.set(clip.source.url, [clip]);
  }
  // Inside one report, read the clips in the order of the report (the position selector; stable sort).
  return [...groups.values()].map((list) => [...list].sort((a, b) => a.selectors.position.start - b.selectors.position.start));
}

function sourceBlock(clips: readonly Clip[], L: Labels): string[] {
  const first = clips[0]!.source;
  const title = first.reportTitle ?? (first.pageTitle || L.untitled);
  const facts = [first.region, first.year === null ? null : L.year(first.year), first.site || null].filter((f): f is string => !!f);
  const lines = [`## ${escapeMarkdown(title)}`, '', [markdownLink(first.pageTitle || first.url, first.url), ...facts.map(escapeMarkdown)].join(' · '), ''];
  let section: string | null | undefined;
  for (const clip of clips) {
    // A section heading only where it changes, so that several clips of one section read as one passage.
    if (clip.section !== section) {
      lines.push(`### ${escapeMarkdown(clip.section ?? L.noSection)}`, '');
      section = clip.section;
    }
    lines.push(...clipBlock(clip, L));
  }
  return lines;
}

function collectionBlock(collection: Collection, clips: readonly Clip[], L: Labels): string[] {
  const targets = clips.flatMap((c) => c.targets);
  const goals = targets.filter((t) => t.kind === 'target').length;
  const lines = [`# ${escapeMarkdown(collection.name)}`, ''];
  if (clips.length === 0) return [...lines, L.empty, ''];
  lines.push(`${L.clips(clips.length)} · ${L.targets(goals, targets.length - goals)}`, '');
  for (const group of bySource(clips)) lines.push(...sourceBlock(group, L));
  return lines;
}

export function collectionToMarkdown(data: CollectionData, options: CollectionMarkdownOptions = {}): string {
  const L = LABELS[options.language ?? 'zh'];
  const { collections, clips } = selectCollection(data, options.collectionId ?? null);
  const lines: string[] = [];
  for (const collection of collections) {
    lines.push(...collectionBlock(collection, clips.filter((c) => c.collectionId === collection.id), L));
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
