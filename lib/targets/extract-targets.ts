/**
 * From quantities to targets and results: reads each quantity's frame (indicator, verb, qualifiers),
 * shares values out over compound indicators (分别 / 均), drops what measures nothing, and decides target
 * vs result and the period. Works on normalised text; offsets are into that text.
 */
import type { Quantity } from '../numbers/types';
import { sectionAt } from '../outline/parse-outline';
import type { Outline, Section } from '../outline/types';
import { charTable } from '../text/char-table';
import { splitIndicator } from './distribute';
import { CLAUSE_BREAK, clauseStart, leadingVerbs, readFrame, type Frame } from './frame';
import { decideKind, decidePeriod, readTitlePeriod, type KindInput, type TitlePeriod } from './kind';
import { SentenceCues } from './sentence-cues';
import { hasMeasuringVerb, isStructuralOrName, needsMeasuringVerb } from './not-indicator';
import type { Comparison, Target } from './types';
import { sentenceAt, splitSentences } from '../text/sentences';
import type { Span } from '../text/types';
import { QUALIFIER_COMPARISON } from './vocabulary';
import { partitionPoint } from '../partition-point';

/** Words that name an aspect of an indicator, not an indicator: they borrow the sentence's subject. */
const GENERIC_MEASURE = new Set(['总量', '总额', '规模', '增速', '增幅', '占比', '比重', '总产', '总产量', '年均增速']);

const MAX_SENTENCE = 200;

/** A gap to a benchmark with nothing measured named: 高于全国 / 快于经济增速 / 低于全省平均水平. */
const COMPARED_WITH = /^(?:高于|低于|快于|慢于|超过|超出|领先)(?:全国|全省|全市|全区|全州|全县|全球|行业|经济增速|经济增长)?(?:平均)?(?:水平)?$/;

/**
 * Sentence bounds from lib/text/sentences (。！？； and line breaks; a quotation that closes soon stays in
 * its sentence), found by binary search. Cue words are read within a sentence, capped at MAX_SENTENCE
 * characters either side (flattened reports have very long ones).
 */
class Sentences {
  private readonly spans: Span[];
  constructor(private readonly text: string) {
    this.spans = splitSentences(text);
  }
  /** The sentence holding pos, or the gap between two sentences as a span of its own. */
  private at(pos: number): Span {
    const s = sentenceAt(this.spans, pos);
    if (s) return s;
    const lo = partitionPoint(0, this.spans.length, (i) => this.spans[i]!.end <= pos);
    return { start: this.spans[lo - 1]?.end ?? 0, end: this.spans[lo]?.start ?? this.text.length };
  }
  start(pos: number): number {
    return Math.max(this.at(pos).start, pos - MAX_SENTENCE);
  }
  /** Where the whole sentence holding pos starts (not capped): two values with the same one share it. */
  id(pos: number): number {
    return this.at(pos).start;
  }
  end(pos: number): number {
    return Math.min(this.at(pos).end, pos + MAX_SENTENCE);
  }
}

interface Candidate {
  q: Quantity;
  frame: Frame;
  /** Start of the cue window (the sentence, capped to MAX_SENTENCE before the value). */
  sentence: number;
  /** Start of the whole sentence. */
  sentenceId: number;
  indicators: string[];
  direction: string | null;
  qualifier: string | null;
  spanStart: number;
  spanEnd: number;
}

// A glossary after the report (名词解释) explains terms; its numbers define, they do not measure.
const GLOSSARY = /^(?:名词解释|名词注释|注释|附注|附：|附件|有关说明)/;

// What may stand between two values of one enumeration: 8%、10% / 5%和3.5% / …以及….
const GROUP_JOINER = charTable('、和与及');
const YI_JI = '以及';

/** Is text[from, to) exactly one enumeration joiner? Read in place: the gap may be long. */
function isGroupJoiner(text: string, from: number, to: number): boolean {
  if (to - from === 1) return GROUP_JOINER[text.charCodeAt(from)] === 1;
  return to - from === YI_JI.length && text.startsWith(YI_JI, from);
}

function comparisonOf(q: Quantity, qualifier: string | null): Comparison {
  if (q.isRange) return 'range';
  if (qualifier && QUALIFIER_COMPARISON[qualifier]) return QUALIFIER_COMPARISON[qualifier]!;
  return 'exact';
}

export interface ExtractOptions {
  outline: Outline;
  year: number | null;
}

export function extractTargets(text: string, quantities: readonly Quantity[], options: ExtractOptions): Target[] {
  const { outline, year } = options;
  const sectionsById = new Map(outline.sections.map((s) => [s.id, s]));
  const sentences = new Sentences(text);
  const candidates: Candidate[] = [];
  const groupOf: Groups = new Map();
  let previous: Candidate | null = null;

  // Loops by index here: for…of is slow until the JIT has compiled this (see word-index.ts).
  for (let qi = 0; qi < quantities.length; qi++) {
    const q = quantities[qi]!;
    if (isStructuralOrName(text, q)) continue;
    const frame = readFrame(text, q.start, q.end);
    if (needsMeasuringVerb(q) && !(frame.direction && hasMeasuringVerb(frame.direction))) continue;
    const sentence = sentences.start(q.start);
    const sentenceId = sentences.id(q.start);
    const c: Candidate = {
      q,
      frame,
      sentence,
      sentenceId,
      indicators: frame.indicator ? [frame.indicator] : [],
      direction: frame.direction,
      qualifier: frame.beforeQualifier ?? frame.afterQualifier ?? q.innerQualifier,
      spanStart: Math.min(frame.indicatorStart, q.start),
      spanEnd: Math.max(frame.afterEnd, frame.indicatorEnd),
    };

    // Compared by the whole sentence: a report's review runs sentences of 300 characters and more.
    const sameSentence = previous !== null && previous.sentenceId === sentenceId;
    if (sameSentence && previous && !groupOf.has(previous) && readFromTo(text, previous, c)) {
      // 城镇化率由56.8%提高到58.3%: one mention, of the value reached; the starting value is its context.
      candidates[candidates.length - 1] = c;
      previous = c;
      continue;
    }
    if (sameSentence && previous && previous.frame.afterEnd === q.start && lastIndicator(previous)) {
      // 建档立卡贫困户301户611人: two counts of one thing written back to back.
      c.indicators = [lastIndicator(previous)!];
      c.spanStart = previous.spanStart;
    } else if (sameSentence && previous && isGroupJoiner(text, previous.frame.afterEnd, q.start)) {
      // A member of an enumeration: 8%、10%左右 / 5%和3.5%. Take the head's frame.
      joinGroup(groupOf, previous, c);
    } else if (!frame.indicator && sameSentence && previous) {
      // 地区生产总值2581亿元，增长6.5%: the second figure measures the same thing.
      c.indicators = [lastIndicator(previous) ?? ''];
    } else if (sameSentence && previous && COMPARED_WITH.test(frame.indicator)) {
      // 规模以上工业增加值增长8.1%、高于全国2.3个百分点: how far the figure just given is above a benchmark.
      const subject = lastIndicator(previous);
      if (subject) c.indicators = [subject + frame.indicator];
    } else if (sameSentence && previous && GENERIC_MEASURE.has(frame.indicator)) {
      // 地区生产总值增长5.8%、增速全国第3，总量达到60013亿元: 总量 is the total of the thing just measured.
      const subject = lastIndicator(previous);
      if (subject && !subject.endsWith(frame.indicator)) c.indicators = [subject + frame.indicator];
    } else if (!frame.indicator) {
      // 光伏产品出口表现突出、增长77.6%: the subject is the clause before.
      const subject = previousClauseSubject(text, clauseStart(text, q.start), sentence);
      if (subject) c.indicators = [subject];
      // 投入12.5亿元: a value-first verb with nothing after it is itself what is measured.
      else if (frame.direction && leadingVerbs.has(frame.direction)) c.indicators = [frame.direction];
    }
    // 由18小时缩短到5小时, when the starting value was no candidate of its own (no unit, or one that
    // needs a verb): its frame is part of this one's indicator.
    if (c.indicators.length === 1) stripStartingValue(c);
    candidates.push(c);
    previous = c;
  }

  shareOutGroups(candidates, groupOf);

  const targets: Target[] = [];
  const leadOf = paragraphLeads(text);
  const cuesBySentence = new Map<number, SentenceCues>();
  const sectionCues = new Map<Section | null, SectionCues>();
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    const indicators = withoutEmpty(c.indicators);
    if (indicators.length === 0) continue;
    const { q } = c;
    const section = sectionAt(outline, q.start);
    let inSection = sectionCues.get(section);
    if (!inSection) {
      inSection = readSectionCues(titlesOf(sectionsById, section));
      sectionCues.set(section, inSection);
    }
    if (inSection.glossary) continue;
    let cues = cuesBySentence.get(c.sentence);
    if (!cues) {
      cues = new SentenceCues(text.slice(c.sentence, sentences.end(q.end)));
      cuesBySentence.set(c.sentence, cues);
    }
    const valueEnd = q.end - c.sentence;
    const clauseStart = clauseStartIn(text, c.sentence, Math.min(q.end, c.sentence + cues.text.length));
    const kindInput: KindInput = {
      cues,
      valueEnd,
      clauseStart,
      clause: cues.text.slice(clauseStart, valueEnd),
      sectionKind: section?.kind ?? outline.defaultKind,
      titlePeriod: inSection.period,
      inHeadline: outline.headline !== null && q.start >= outline.headline.start && q.start < outline.headline.end,
      year,
      paragraphLead: leadOf(q.start),
    };
    const kind = decideKind(kindInput);
    const period = decidePeriod(kind, kindInput);
    for (let ii = 0; ii < indicators.length; ii++) {
      const indicator = indicators[ii]!;
      targets.push({
        text: text.slice(c.spanStart, c.spanEnd),
        start: c.spanStart,
        end: c.spanEnd,
        indicator,
        direction: c.direction,
        value: q.masked ? null : q.value,
        valueMax: q.masked ? null : q.valueMax,
        unit: q.unit,
        qualifier: c.qualifier,
        comparison: comparisonOf(q, c.qualifier),
        kind,
        masked: q.masked,
        period,
        section: section?.title ?? null,
        sectionId: section?.id ?? null,
        headline: kindInput.inHeadline,
        valueStart: q.start,
        valueEnd: q.end,
      });
    }
  }
  return targets;
}

const NEWLINE = 10;

/** Farther than this from its paragraph's start, a value is read without the paragraph's opening. */
const PARAGRAPH_REACH = 600;

/**
 * The opening words of the paragraph holding a value, when the value is near its start (KindInput), for
 * values asked in text order: one pass over the text in all (a flattened report is one paragraph, and a
 * search back to its start for every value would make the pass quadratic).
 */
function paragraphLeads(text: string): (pos: number) => string {
  let scanned = 0; // every newline before `scanned` has been seen
  let start = 0; // start of the paragraph holding `scanned`
  return (pos) => {
    if (pos < scanned) {
      scanned = 0;
      start = 0;
    }
    for (; scanned < pos; scanned++) if (text.charCodeAt(scanned) === NEWLINE) start = scanned + 1;
    if (pos - start > PARAGRAPH_REACH) return '';
    let from = start;
    while (from < pos && (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0x3000)) from++;
    return text.slice(from, Math.min(pos, from + 12));
  };
}

type Groups = Map<Candidate, Candidate[]>;

const COMMA = '，'.charCodeAt(0);
const SEMICOLON = '；'.charCodeAt(0);

/**
 * Where the value's clause begins, as an offset from the sentence start: just after the last ， or ； in
 * text[sentence, to), or 0 when there is none. Read in the text itself, not in the sentence's slice
 * (every character read through a slice costs an indirection).
 */
function clauseStartIn(text: string, sentence: number, to: number): number {
  for (let i = to - 1; i >= sentence; i--) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === SEMICOLON) return i + 1 - sentence;
  }
  return 0;
}

// From one value to another: 关税总水平从9.8%降至7.4%, 从每月70元提高到88元, 从2020年的5.2万元提高到2025年的
// 7.4万元, 从不到70万亿元增加到超过100万亿元. The pieces are written once and the patterns made from them.
const FROM = '(?:从|由)';
/** The time or rate a value is given for, between 从 and the value: 每月 / 2020年的 / 上年的. */
const WHEN = '(?:每[月年人日户]|(?:19|20)\\d\\d年(?:底|末)?的?|上年的?)';
const ABOUT = '(?:不到|不足|近|约|超过)';
/** The verb that reaches the second value: 降至, 提高到 … */
const TO_VERB = '(?:提高|提升|增加|增长|上升|下降|降低|减少|缩小|扩大|压减|压缩|缩短|延长|跃升|攀升|降|升|增|减)(?:到|至)';

/** A starting value's indicator ends in 从 / 由 with what may stand before the value. */
const FROM_TAIL = new RegExp(`${FROM}${WHEN}?${ABOUT}?$`);
/** What stands between the two values (group 1: the verb, when there is one besides a bare 到 / 至). */
const TO_GAP = new RegExp(`^(?:(${TO_VERB})|到|至)${WHEN}?${ABOUT}?$`);
/** An indicator that runs on over a starting value: …交通指数从6.32下降至 / …时间由18小时缩短到. */
const STARTING_VALUE_IN_INDICATOR = new RegExp(`${FROM}${WHEN}?\\d[\\d.]*[^\\d，。；、从由]{0,4}?(${TO_VERB}|到|至)?${WHEN}?$`);
const TO_VERB_ALONE = new RegExp(`^${TO_VERB}$`);

/**
 * 关税总水平从9.8%降至7.4%: `from` holds the starting value and `to` the value reached. When so, `to`
 * takes the indicator before 从 / 由, the whole span, and the verb if its own frame found none; returns
 * whether it was so (the caller then drops `from`).
 */
function readFromTo(text: string, from: Candidate, to: Candidate): boolean {
  const tail = FROM_TAIL.exec(from.frame.indicator);
  if (!tail) return false;
  const gap = TO_GAP.exec(text.slice(from.frame.afterEnd, to.q.start));
  if (!gap) return false;
  const indicator = from.frame.indicator.slice(0, tail.index) || from.indicators[0] || '';
  to.indicators = indicator ? [indicator] : [];
  to.direction ??= gap[1] ?? null;
  to.spanStart = Math.min(from.spanStart, to.spanStart);
  return true;
}

/** 由18小时缩短到5小时 when 18小时 was no candidate of its own: the starting value leaves the indicator. */
function stripStartingValue(c: Candidate): void {
  const m = STARTING_VALUE_IN_INDICATOR.exec(c.indicators[0]!);
  if (!m || m.index === 0) return;
  // The verb is in the indicator (缩短到), or the frame took it as the direction (从6.32|下降至|6.08).
  const verb = m[1] ?? (c.direction && TO_VERB_ALONE.test(c.direction) ? c.direction : null);
  if (!verb) return;
  c.indicators = [c.indicators[0]!.slice(0, m.index)];
  if (verb.length > 1) c.direction ??= verb;
}

/** What the candidate before measures (its last indicator, when it has one). */
function lastIndicator(c: Candidate): string | undefined {
  return c.indicators[c.indicators.length - 1];
}

/** The list itself when no entry is empty (the common case: no copy), else the non-empty entries. */
function withoutEmpty(list: string[]): string[] {
  for (let i = 0; i < list.length; i++) if (list[i]!.length === 0) return list.filter((x) => x.length > 0);
  return list;
}

/** The clause before `pos` in the same sentence, read as an indicator (framing words stripped). */
function previousClauseSubject(text: string, pos: number, sentence: number): string | null {
  let end = pos;
  while (end > sentence && CLAUSE_BREAK[text.charCodeAt(end - 1)] === 1) end--;
  if (end <= sentence) return null;
  const frame = readFrame(text, end, end);
  const subject = frame.indicator.slice(-12);
  return subject.length >= 2 && frame.indicatorEnd === end ? subject : null;
}

/** Adds `member` to the enumeration group that `previous` belongs to (or starts one). */
function joinGroup(groupOf: Groups, previous: Candidate, member: Candidate): void {
  let group = groupOf.get(previous);
  if (!group) {
    group = [previous];
    groupOf.set(previous, group);
  }
  group.push(member);
  groupOf.set(member, group);
}

function shareOutGroups(candidates: Candidate[], groupOf: Groups): void {
  const seen = new Set<Candidate[]>();
  for (const c of candidates) {
    const group = groupOf.get(c);
    if (!group) {
      // 城镇居民和农村居民人均可支配收入均增长8%: one value, several indicators.
      if (c.frame.distributive === 'all' && c.indicators[0]) c.indicators = splitIndicator(c.indicators[0]);
      continue;
    }
    if (seen.has(group)) continue;
    seen.add(group);
    const head = group[0]!;
    const last = group[group.length - 1]!;
    const parts = head.indicators[0] ? splitIndicator(head.indicators[0], group.length) : [];
    const each = parts.length === group.length;
    const sharedQualifier = last.frame.afterQualifier;
    group.forEach((m, i) => {
      m.indicators = each ? [parts[i]!] : [...head.indicators];
      m.direction ??= head.direction;
      m.qualifier ??= sharedQualifier ?? head.frame.beforeQualifier;
      m.spanStart = head.spanStart;
      m.spanEnd = last.spanEnd;
    });
  }
}

/** What a section's titles (its own and its parents') say, read once per section. */
interface SectionCues {
  glossary: boolean;
  period: TitlePeriod;
}

function readSectionCues(titles: string[]): SectionCues {
  return { glossary: titles.some((t) => GLOSSARY.test(t)), period: readTitlePeriod(titles) };
}

function titlesOf(byId: ReadonlyMap<number, Section>, section: Section | null): string[] {
  const titles: string[] = [];
  for (let s: Section | null | undefined = section; s; s = s.parentId === null ? null : byId.get(s.parentId)) {
    titles.push(s.title);
  }
  return titles;
}

