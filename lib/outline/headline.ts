/**
 * The headline targets: the run of sentences that lists the year's main targets
 * (今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；…). Found from its introduction
 * (主要预期目标是 / 主要目标是 / 预期目标为 …) in the plan part, preferring the year's list over a
 * five-year one (今后五年发展的主要目标是); where a report has no introduction, from the first paragraph
 * of the plan part that is dense in headline indicators with figures (≥3 distinct: GDP, revenue, jobs …).
 */
import { charTable, isSpaceAt } from '../text/char-table';
import type { SectionKind } from './types';

export interface Span {
  start: number;
  end: number;
}

/** Headline indicators, each with the names reports use for it; distinct keys are counted. */
const INDICATORS: [key: string, re: RegExp][] = [
  ['gdp', /地区生产总值|国内生产总值|生产总值|GDP|经济增长|经济增速/],
  ['revenue', /一般公共预算收入|财政总收入|地方级财政收入|财政收入/],
  ['industry', /规模以上工业增加值|规上工业增加值|规模工业增加值|工业增加值/],
  ['investment', /固定资产投资|产业投资|有效投资/],
  ['retail', /社会消费品零售总额|社零总额|消费品零售/],
  ['trade', /进出口|外贸/],
  ['fdi', /实际使用外资|利用外资/],
  ['jobs', /城镇新增就业|新增就业/],
  ['unemployment', /调查失业率|登记失业率|失业率/],
  ['cpi', /居民消费价格|消费价格|CPI/],
  ['income', /可支配收入|居民收入/],
  ['grain', /粮食产量|粮食总产/],
  ['energy', /能耗|能源消耗/],
  ['environment', /PM2\.5|细颗粒物|空气质量|优良天数/],
  ['research', /研发经费|研究与试验发展/],
  ['urbanization', /城镇化率/],
  ['services', /服务业增加值/],
  // 一产、二产、三产增加值分别增长… (宁夏): a list item even without a named industry.
  ['valueAdded', /增加值/],
  ['pollution', /主要污染物|污染物排放|节能减排|碳排放/],
];
const INDICATOR_ANY = new RegExp(INDICATORS.map(([, re]) => re.source).join('|'), 'g');
/** A figure as targets are written, including masked ones (X%, **亿元). */
const FIGURE = /(?:\d|[Xx＊*])(?:[.．]\d+)?\s*(?:%|％|个百分点|万|亿|斤|吨|人)/;
const PERCENT_AFTER = /^[^。；;，,]{0,16}?(?:\d|[Xx＊*])(?:[.．]\d+)?\s*(?:%|％)/;

const INTRO_RE =
  /(?:主要预期目标|预期目标|主要目标)(?:建议)?(?:是|为)|(?:主要预期目标|预期目标|主要目标)[：:]/g;
/** A five-year (or longer) list: 今后五年发展的主要目标是 / 到2026年 … */
const MULTI_YEAR = /今后[一二三四五两]?年|未来[一二三四五两]年|[一二三四五两]年内|到\s*\d{4}\s*年|十四五|十五五/;

// Sentence boundaries by char code: the density search walks every character of a report.
const FULL_STOP = 1; // 。！？!?
const NEWLINE = 2;
const SENTENCE_MARK = charTable([
  ['。！？!?', FULL_STOP],
  ['\n\r', NEWLINE],
]);
const INLINE_SPACE = charTable([[' \t\u3000', 1]]);

export interface HeadlineContext {
  /** Kind of the section at an offset (innermost), or the document's default kind outside sections. */
  kindAt(offset: number): SectionKind;
  /** Start of the next heading after an offset (the text's length if none). */
  nextHeadingAfter(offset: number): number;
  /** Start of the innermost section's heading text end at an offset (a headline never starts before it). */
  sectionBodyStart(offset: number): number;
}

function isNewlineAt(text: string, i: number): boolean {
  return SENTENCE_MARK[text.charCodeAt(i)] === NEWLINE;
}

/** Start of the sentence holding `at`: after the previous full stop or line break. */
function sentenceStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && SENTENCE_MARK[text.charCodeAt(i - 1)] === 0) i--;
  while (i < at && isSpaceAt(text, i)) i++;
  return i;
}

/** End (after its full stop) of the sentence that runs on from `from`, not past `bound` or a line break. */
function sentenceEnd(text: string, from: number, bound: number): number {
  let i = from;
  for (; i < bound; i++) {
    const mark = SENTENCE_MARK[text.charCodeAt(i)];
    if (mark === NEWLINE) break;
    if (mark === FULL_STOP) return i + 1;
  }
  return i;
}

/** Distinct headline indicators that carry a figure in a piece of text. */
export function indicatorsWithFigures(s: string, percentOnly: boolean): Set<string> {
  const keys = new Set<string>();
  INDICATOR_ANY.lastIndex = 0;
  for (let m = INDICATOR_ANY.exec(s); m !== null; m = INDICATOR_ANY.exec(s)) {
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const ok = percentOnly ? PERCENT_AFTER.test(after) : FIGURE.test(after.split(/[。；;，,]/)[0] ?? '');
    if (!ok) continue;
    const key = INDICATORS.find(([, re]) => re.test(m![0]))?.[0];
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * A target without a figure: 主要污染物排放完成国家下达目标。 / 居民收入增长与经济增长同步。 /
 * 固定资产投资扭转下滑态势，实现正增长。 (a district report's list goes on after such a sentence).
 */
const QUALITATIVE_TARGET = /完成|下达|同步|保持|控制|稳定|改善|下降|实现|扭转|正增长|高于|快于|不低于/;

/**
 * A sentence that continues the list: it names an indicator with a figure, or it is a short qualitative
 * target on an indicator.
 */
/** Words that explain the targets rather than list them (经济增长目标设定为6％左右，是…综合考虑了…). */
const EXPLANATION = /考虑|兼顾|体现|衔接|设定为|之所以|既是|也是/;

function isTargetSentence(s: string): boolean {
  if (s.length >= 400 || EXPLANATION.test(s)) return false;
  if (indicatorsWithFigures(s, false).size > 0) return true;
  INDICATOR_ANY.lastIndex = 0;
  return s.length <= 50 && INDICATOR_ANY.test(s) && QUALITATIVE_TARGET.test(s);
}

/**
 * Extend a headline from the end of its first sentence over the following sentences that are list items
 * (宁夏: 地区生产总值增长5.5%左右。一产、二产、三产增加值分别增长…。规上工业增加值增长…). The list does
 * not run past its paragraph, unless the paragraph is only the introduction (主要预期目标是：⏎ items).
 */
function extendList(text: string, firstEnd: number, bound: number): number {
  let end = firstEnd;
  for (;;) {
    let i = end;
    while (i < bound && INLINE_SPACE[text.charCodeAt(i)] === 1) i++;
    if (i < bound && isNewlineAt(text, i)) {
      const lineSoFar = text.slice(sentenceStart(text, end - 1, 0), end).trim();
      if (!/[：:]$/.test(lineSoFar) && !/^\s*(?:——|-|•)/.test(text.slice(i + 1, i + 4))) break;
      while (i < bound && isSpaceAt(text, i)) i++;
    }
    if (i >= bound) break;
    const next = sentenceEnd(text, i, bound);
    if (next <= i || !isTargetSentence(text.slice(i, next))) break;
    end = next;
  }
  return end;
}

/** Trim trailing whitespace of a span. */
function tidy(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && isSpaceAt(text, e - 1)) e--;
  return { start, end: e };
}

function byIntroduction(text: string, ctx: HeadlineContext): Span | null {
  const found: { span: Span; multiYear: boolean }[] = [];
  INTRO_RE.lastIndex = 0;
  for (let m = INTRO_RE.exec(text); m !== null; m = INTRO_RE.exec(text)) {
    if (ctx.kindAt(m.index) === 'review') continue;
    const bound = ctx.nextHeadingAfter(m.index);
    const start = sentenceStart(text, m.index, ctx.sectionBodyStart(m.index));
    const firstEnd = sentenceEnd(text, m.index, bound);
    const end = extendList(text, firstEnd, bound);
    // The introduction must lead to figures (主要目标是：建设… is a goal, not a list of targets).
    if (indicatorsWithFigures(text.slice(m.index, end), false).size === 0) continue;
    const lead = text.slice(Math.max(start, m.index - 40), m.index);
    found.push({ span: tidy(text, start, end), multiYear: MULTI_YEAR.test(lead) });
    if (found.length > 20) break;
  }
  const yearly = found.find((f) => !f.multiYear) ?? found[0];
  return yearly?.span ?? null;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * No introduction: the first run of sentences in the plan part, within one paragraph, where every sentence
 * names an indicator with a percentage and the run names at least three distinct indicators.
 */
export function headlineByDensity(text: string, ctx: HeadlineContext): Span | null {
  let runStart = -1;
  let runEnd = -1;
  const keys = new Set<string>();
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpaceAt(text, i)) i++;
    if (i >= n) break;
    const newParagraph = i > 0 && isNewlineAt(text, i - 1);
    const end = sentenceEnd(text, i, n);
    const stop = end > i ? end : i + 1;
    // Only plan sentences are read; the others are skipped without a slice or a set.
    const here = ctx.kindAt(i) === 'plan' ? indicatorsWithFigures(text.slice(i, stop), true) : NO_KEYS;
    if (here.size === 0 || newParagraph || (runStart >= 0 && ctx.nextHeadingAfter(runStart) <= i)) {
      if (runStart >= 0 && keys.size >= 3) return tidy(text, runStart, runEnd);
      runStart = -1;
      keys.clear();
    }
    if (here.size > 0) {
      if (runStart < 0) runStart = i;
      runEnd = stop;
      for (const k of here) keys.add(k);
    }
    i = stop;
  }
  if (runStart >= 0 && keys.size >= 3) return tidy(text, runStart, runEnd);
  return null;
}

export function findHeadline(text: string, ctx: HeadlineContext): Span | null {
  return byIntroduction(text, ctx) ?? headlineByDensity(text, ctx);
}
