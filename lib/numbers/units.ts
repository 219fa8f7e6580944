/**
 * The unit lexicon: what may follow a number in a report, as data, with a longest-match lookup.
 *
 * Base units are listed by kind; the magnitude forms (万人, 亿元, 万亿元, 万千瓦时, 万吨标准煤 …) are generated
 * from them so that a new base unit gets all its scaled forms for free. Longest match matters: 个百分点
 * before 个, 千瓦时 before 千瓦, 万人次 before 万人, 吨标准煤 before 吨.
 */

export type UnitKind =
  | 'percent' // % ‰
  | 'points' // 个百分点
  | 'ratio' // 倍
  | 'money'
  | 'people'
  | 'count' // classifiers: 个 项 家 所 …
  | 'area'
  | 'length'
  | 'mass'
  | 'volume'
  | 'energy'
  | 'power'
  | 'concentration'
  | 'time'
  | 'magnitude'; // a bare 万 / 亿 after a number (总人口1400万)

export interface UnitInfo {
  /** The unit as written after normalisation: 万千瓦时. */
  unit: string;
  /** Without the magnitude prefix: 千瓦时. Equal to `unit` for bare magnitudes. */
  base: string;
  /** The prefix's multiplier (万 → 10^4); 1 when there is none. */
  multiplier: number;
  kind: UnitKind;
}

/** Base units by kind. Classifiers are also units: 新建学校10所, 新增200家国家高新技术企业. */
const BASE_UNITS: Readonly<Record<Exclude<UnitKind, 'magnitude'>, readonly string[]>> = {
  percent: ['%', '‰'],
  points: ['个百分点', '百分点'],
  ratio: ['倍'],
  money: ['元', '美元', '欧元', '港元'],
  people: ['人', '人次', '名', '位', '户', '户次'],
  count: [
    '个', '项', '家', '家次', '所', '座', '条', '套', '辆', '台', '张', '床', '床位', '处', '间', '块', '次',
    '批', '件', '株', '棵', '头', '只', '艘', '架', '部', '场', '笔', '期', '类', '段', '轮', '份', '例', '宗',
    '支', '栋', '幢', '册', '篇', '列', '班', '标箱', '个次', '台套', '种', '剂', '剂次',
  ],
  area: ['亩', '公顷', '平方公里', '平方米', '平方千米'],
  length: ['公里', '千米', '米'],
  mass: ['吨', '斤', '公斤', '千克', '克', '吨标煤', '吨标准煤'],
  volume: ['立方米', '升'],
  energy: ['千瓦时', '度', '焦耳'],
  power: ['千瓦', '瓦', '兆瓦', '吉瓦', '千伏', '伏'],
  concentration: ['微克/立方米', '毫克/立方米', '毫克/升'],
  time: ['天', '年', '小时', '个月', '分钟', '岁', '秒'],
};

/** Kinds whose units are scaled by 万/亿 in reports (1.3万亿斤, 12.5万千瓦); 万% or 万年 are never written. */
const SCALABLE = new Set<UnitKind>(['money', 'people', 'count', 'area', 'length', 'mass', 'volume', 'energy', 'power']);

/** Magnitude prefixes. 十/百/千 only prefix units (5千万元 is rare but real; a bare 5千 is not a unit). */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['百', 100], ['千', 1e3], ['万', 1e4], ['十万', 1e5], ['百万', 1e6], ['千万', 1e7],
  ['亿', 1e8], ['十亿', 1e9], ['百亿', 1e10], ['千亿', 1e11], ['万亿', 1e12],
]);
/**
 * Units that are only units with a magnitude: 370亿方 (cubic metres of gas), 1000万方; a bare 方 after a
 * number is too often a word (三方合作).
 */
const PREFIXED_ONLY: ReadonlyArray<[string, UnitKind]> = [['方', 'volume']];

/** Magnitudes that stand alone as a unit after Arabic digits: 总人口1400万, 突破8000亿. */
const BARE_MAGNITUDES = ['万', '十万', '百万', '千万', '亿', '十亿', '百亿', '千亿', '万亿'];

function buildLexicon(): Map<string, UnitInfo> {
  const lexicon = new Map<string, UnitInfo>();
  const add = (info: UnitInfo) => {
    // A base unit wins over a generated form with the same spelling (千 + 米 is 千米, km, a base unit).
    if (!lexicon.has(info.unit) || info.multiplier === 1) lexicon.set(info.unit, info);
  };
  for (const [kind, units] of Object.entries(BASE_UNITS) as [UnitKind, readonly string[]][]) {
    for (const base of units) {
      add({ unit: base, base, multiplier: 1, kind });
      if (!SCALABLE.has(kind)) continue;
      for (const [prefix, multiplier] of MAGNITUDES) add({ unit: prefix + base, base, multiplier, kind });
    }
  }
  for (const [base, kind] of PREFIXED_ONLY) {
    for (const prefix of ['万', '亿']) add({ unit: prefix + base, base, multiplier: MAGNITUDES.get(prefix)!, kind });
  }
  for (const m of BARE_MAGNITUDES) {
    if (!lexicon.has(m)) lexicon.set(m, { unit: m, base: m, multiplier: MAGNITUDES.get(m)!, kind: 'magnitude' });
  }
  return lexicon;
}

const LEXICON = buildLexicon();

/**
 * A unit whose last character starts a word with the next one is not a unit: 5项目 is "project 5"-like
 * naming (**项目均已完成), 300万人民 is 300万 + 人民, 七台河 and 五家渠 are cities, 位于/所在/只有 are words.
 * Keyed by the unit's last character; the value lists the next characters that make a word.
 */
const WORD_AFTER: ReadonlyMap<string, string> = new Map([
  ['项', '目'], ['人', '民才员士工类'], ['元', '化素'], ['个', '体人性'], ['名', '单称牌片誉'],
  ['位', '置于列数'], ['所', '有在得属以谓港'], ['处', '理置于'], ['只', '有要能是'], ['座', '谈'],
  ['条', '件例款'], ['家', '庭园乡属渠居'], ['次', '要序生'], ['场', '所景馆'], ['头', '雁'],
  ['批', '准复评示'], ['张', '力'], ['间', '接隔'], ['度', '假'], ['年', '级'], ['台', '阶湾山河'],
  ['部', '署'], ['期', '间待盼限'], ['套', '餐'], ['天', '然津'], ['户', '籍口外'], ['支', '持撑付援柱'],
  ['例', '如'], ['种', '植子类养业苗草'], ['剂', '量型'], ['宗', '教旨'], ['列', '入车'], ['班', '子级'], ['栋', '梁'], ['克', '服'], ['升', '级值'],
]);
/** …except these, where the longer reading is a count: 5项目标任务 = 5 items of target tasks. */
const WORD_EXCEPTIONS = ['项目标'];

/**
 * The lexicon as a trie over UTF-16 units. Every magnitude prefix (十 百 千 万 亿) starts 80–250 generated
 * units, so trying them one by one with startsWith cost hundreds of comparisons per number; walking the
 * trie reads each text character once and finds every unit that starts at a position.
 */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** The unit that ends at this node, if any. */
  info: UnitInfo | null;
  /** WORD_AFTER of that unit's last character: next characters that turn the unit into a word. */
  wordAfter: string;
}

const TRIE: TrieNode = (() => {
  const root: TrieNode = { next: new Map(), info: null, wordAfter: '' };
  for (const [unit, info] of LEXICON) {
    let node = root;
    for (let k = 0; k < unit.length; k++) {
      const c = unit.charCodeAt(k);
      let child = node.next.get(c);
      if (child === undefined) {
        child = { next: new Map(), info: null, wordAfter: '' };
        node.next.set(c, child);
      }
      node = child;
    }
    node.info = info;
    node.wordAfter = WORD_AFTER.get(unit[unit.length - 1]!) ?? '';
  }
  return root;
})();

/** First UTF-16 units of the lexicon's units, as a table: the scanner asks at nearly every numeral. */
const UNIT_START = new Uint8Array(0x10000);
for (const code of TRIE.next.keys()) UNIT_START[code] = 1;

/** Whether any unit starts with this UTF-16 code (a cheap pre-check for the scanner's hot loop). */
export function canStartUnit(code: number): boolean {
  return UNIT_START[code] === 1;
}

/** Every unit the scanner knows (base and generated), for tests and for other modules' vocabularies. */
export const ALL_UNITS: readonly string[] = [...LEXICON.keys()];

export function unitInfo(unit: string): UnitInfo | null {
  return LEXICON.get(unit) ?? null;
}

export interface UnitMatch extends UnitInfo {
  /** Offset just after the unit in the text. */
  end: number;
}

/** Whether the unit ending at `unitEnd` runs into a word; `after` is WORD_AFTER of its last character. */
function startsWord(text: string, unitEnd: number, after: string): boolean {
  // Compared as UTF-16 codes (NaN past the end of the text matches nothing): no string per call.
  const next = text.charCodeAt(unitEnd);
  let k = 0;
  while (k < after.length && after.charCodeAt(k) !== next) k++;
  if (k === after.length) return false;
  // Each exception starts with the unit's last character.
  return !WORD_EXCEPTIONS.some((w) => text.startsWith(w, unitEnd - 1));
}

/** Scratch list of the units found by one trie walk (matchUnit does not re-enter itself). */
const MATCHES: TrieNode[] = [];

/**
 * The longest unit starting at `pos` in `text` that does not run into a word (see WORD_AFTER), or null.
 * 300万人民 → 万 (not 万人); 5项目标 → 项.
 */
export function matchUnit(text: string, pos: number): UnitMatch | null {
  // Walk the trie once, remembering every unit that ends along the way, then try them longest first:
  // a longer unit that runs into a word (万人民) gives way to the next shorter one (万).
  const found = MATCHES;
  let count = 0;
  let node: TrieNode | undefined = TRIE;
  // The walk ends at a leaf or at the end of the text (charCodeAt gives NaN, which no node has).
  for (let p = pos; ; p++) {
    node = node.next.get(text.charCodeAt(p));
    if (node === undefined) break;
    if (node.info !== null) found[count++] = node;
  }
  for (let k = count - 1; k >= 0; k--) {
    const match = found[k]!;
    const info = match.info!;
    const end = pos + info.unit.length;
    if (startsWord(text, end, match.wordAfter)) continue;
    return { unit: info.unit, base: info.base, multiplier: info.multiplier, kind: info.kind, end };
  }
  return null;
}
