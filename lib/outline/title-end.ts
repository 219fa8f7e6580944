/**
 * Where a heading's title ends.
 *
 * Line-broken text: at the end of the line, or at the first full stop when the heading opens its paragraph
 * (（三）全方位扩大内需，精准有效释放消费投资潜力。加快…).
 *
 * Flattened text glues the title to the body: 一、过去五年工作回顾过去五年，咸阳在… . A structural title
 * is short and ends on a heading word (回顾 目标 任务 工作 安排 建设 要求 …), possibly a compound of them
 * (目标任务, 工作回顾, 主要目标和重点工作); the body often opens by repeating the title's first words
 * (2021年工作回顾2021年是…). Titles that are sentences (一、聚焦聚力项目投资，发展基础不断夯实。) end at
 * their full stop.
 */

/** Words a structural heading ends on. Longer first so that 工作回顾 is read as one. */
const HEADING_WORDS = [
  '回顾',
  '总结',
  '目标',
  '任务',
  '工作',
  '安排',
  '建设',
  '要求',
  '思路',
  '打算',
  '谋划',
  '举措',
  '措施',
  '情况',
  '成效',
  '成绩',
  '建议',
  '重点',
  '部署',
];
const HEADING_WORD_RE = new RegExp(`(?:${HEADING_WORDS.join('|')})`, 'g');
/** Between two heading words of one compound title: 目标和重点工作, 思路及目标任务. */
const JOINER_RE = /^(?:[和及与、]|以及)[^\s，,。；;：:！？!?]{0,7}?(?:回顾|总结|目标|任务|工作|安排|建设|要求|思路|打算|谋划|举措|措施)/;
/** A heading word a few characters on: 工作总体要求, 工作的主要任务, 工作开展情况 (not 建设强化政治建设). */
const DIRECT_NEXT_RE = /^[^\s\d，,。；;：:！？!?“”]{0,3}?(?:回顾|总结|目标|任务|工作|安排|要求|思路|打算|谋划|举措|措施|情况|建议)/;

/** How a report's body usually begins after a heading. */
const BODY_OPENER = /(?:19|20)\d{2}年(?:是|，|,|以来)|今年是|过去(?:的)?[一五]年|[一五]年来|各位代表/g;

/** Clause punctuation by char code: scan() reads up to a hundred characters for every heading. */
const CLAUSE_MARK = new Uint8Array(0x10000);
const STOP = 1;
const COMMA = 2;
for (const c of '。！？!?；;\n\r') CLAUSE_MARK[c.charCodeAt(0)] = STOP;
for (const c of '，,：:') CLAUSE_MARK[c.charCodeAt(0)] = COMMA;

/** A glued title is at most this long (过去五年及2021年工作回顾 is 14). */
const MAX_GLUED = 20;
/** A title that is a sentence is at most this long; longer runs are cut at a comma. */
const MAX_SENTENCE = 60;

export interface TitleOptions {
  /** The heading is an in-paragraph enumeration (一是, 第一，): its title is its first clause. */
  enumeration: boolean;
  /**
   * The title may be glued to its body: a top-level heading in the middle of a line (flattened text).
   * Nested headings in flattened reports are sentences (一、我们要在建设生态优先…上下功夫) where a
   * heading word inside the sentence would cut the title short.
   */
  mayBeGlued: boolean;
}

/** End of the first clause run: position of the first stop (or comma) scanning from `from`, bounded. */
function scan(text: string, from: number, limit: number): { stop: number; comma: number } {
  let comma = -1;
  let i = from;
  for (; i < limit; i++) {
    const mark = CLAUSE_MARK[text.charCodeAt(i)];
    if (mark === STOP) break;
    if (mark === COMMA && comma < 0) comma = i;
  }
  return { stop: i, comma };
}

/**
 * End of a title glued to its body, found from heading words before the first comma; -1 if none.
 */
export function gluedTitleEnd(text: string, from: number, bound: number): number {
  const window = text.slice(from, Math.min(bound, from + MAX_GLUED + 8));
  HEADING_WORD_RE.lastIndex = 0;
  const m = HEADING_WORD_RE.exec(window);
  if (m === null) return -1;
  let end = m.index + m[0].length;
  // Extend over a compound: 工作回顾, 目标任务, 主要目标和重点工作.
  for (;;) {
    const rest = window.slice(end);
    const direct = DIRECT_NEXT_RE.exec(rest);
    if (direct) {
      end += direct[0].length;
      continue;
    }
    const joined = JOINER_RE.exec(rest);
    if (joined) {
      end += joined[0].length;
      continue;
    }
    break;
  }
  if (end > MAX_GLUED || end < 2) return -1;
  return from + end;
}

/** Does the body after `end` repeat the title's opening (2021年工作回顾2021年是…)? */
function repeatsTitle(text: string, from: number, end: number): boolean {
  const head = text.slice(from, from + 2);
  return head.length === 2 && text.startsWith(head, end);
}

export function findTitleEnd(text: string, from: number, bound: number, opts: TitleOptions): number {
  let start = from;
  while (start < bound && /[ \t\u3000]/.test(text[start]!)) start++;
  const limit = Math.min(bound, start + MAX_SENTENCE + 40);
  const { stop, comma } = scan(text, start, limit);

  if (opts.enumeration) {
    // 一是突出精准招商。 / 第一，砥砺奋进，… : the first clause, or up to the full stop when short.
    if (stop - start <= 30) return stop;
    return comma > start ? comma : Math.min(stop, start + 30);
  }
  // Flattened text glues a structural title to its body: 二、今后五年目标任务百围之木，始于勾萌；…
  if (opts.mayBeGlued) {
    const bound1 = comma > 0 ? comma : stop;
    const glued = gluedTitleEnd(text, start, bound1);
    if (glued > 0) return glued;
    for (let i = start + 4; i < Math.min(bound1, start + MAX_GLUED); i++) {
      if (repeatsTitle(text, start, i)) return i;
    }
  }
  const lineOrSentence = stop;
  const endsLine = lineOrSentence >= bound || /[\n\r]/.test(text[lineOrSentence] ?? '');
  if (endsLine && lineOrSentence - start <= MAX_SENTENCE) return lineOrSentence;
  if (lineOrSentence - start <= MAX_SENTENCE && lineOrSentence < limit) return lineOrSentence;
  // The body's usual first words (2024年是…, 今年是…, 过去一年…) mark where a glued title ended.
  if (opts.mayBeGlued) {
    BODY_OPENER.lastIndex = 0;
    const window = text.slice(start, Math.min(lineOrSentence, start + MAX_SENTENCE));
    for (let m = BODY_OPENER.exec(window); m !== null; m = BODY_OPENER.exec(window)) {
      if (m.index >= 4) return start + m.index;
    }
  }
  // No full stop for a long way: cut at the first comma, else at the length limit.
  if (comma > start) return comma;
  return Math.min(lineOrSentence, start + MAX_SENTENCE);
}
