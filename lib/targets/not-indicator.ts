/**
 * Quantities that the scanner finds but that measure nothing: slogans and names in quotes (“两个确立”,
 * “3+3+N”, 《“十四五”规划》), counts that structure the speech (做好以下7个方面工作), small counts written
 * in Chinese numerals (三项制度, 两个维护), and bare numbers or durations without a verb that makes them a
 * measure. DOMAIN.md, "Numbers that are not indicators".
 */
import type { Quantity } from '../numbers/types';
import { charTable } from '../text/char-table';

const MAX_SLOGAN = 20;
// Char codes: the scans below compare codes, never one-character strings.
const code = (c: string): number => c.charCodeAt(0);
const FULL_STOP = code('。');
const NEWLINE = code('\n');

const OPENING_MARK = charTable('“《"');

/** True when [start, end) lies inside a short quotation or a book title. */
export function insideShortQuote(text: string, start: number, end: number): boolean {
  // Most values have no opening mark in the slogan length before them, in their sentence: one pass rules
  // out all three pairs at once.
  if (!openingMarkBefore(text, start)) return false;
  return (
    enclosed(text, start, end, code('“'), code('”')) ||
    enclosed(text, start, end, code('《'), code('》')) ||
    enclosed(text, start, end, code('"'), code('"'))
  );
}

function openingMarkBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - MAX_SLOGAN);
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (OPENING_MARK[c] === 1) return true;
    if (c === FULL_STOP || c === NEWLINE) return false;
  }
  return false;
}

function enclosed(text: string, start: number, end: number, open: number, close: number): boolean {
  const from = Math.max(0, start - MAX_SLOGAN);
  let openAt = -1;
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === close && open !== close) return false;
    if (c === open) {
      openAt = i;
      break;
    }
    if (c === FULL_STOP || c === NEWLINE) return false;
  }
  if (openAt === -1) return false;
  // Only a close within the slogan length counts; never search further (that would be quadratic).
  const limit = Math.min(text.length, openAt + MAX_SLOGAN + 3);
  for (let i = end; i < limit; i++) if (text.charCodeAt(i) === close) return true;
  return false;
}

const STRUCTURE_AFTER = /^(?:个)?(?:方面|大方面|重点方面|大任务|大行动|大工程|大战略|大攻坚|场硬仗|大会战)/;
// 以下7个方面: a count that announces the structure of the speech. (Not 等: "徐工集团、赞宇科技等6家上市公司
// 投资天门" counts what was done, and is far more common than 等 closing a list of names.)
const STRUCTURE_BEFORE = /(?:以下|如下|下列|下述|这|上述)$/;
const COUNT_UNITS = new Set(['个', '项', '条', '件', '批', '次', '大', '场', '种', '类', '张', '支', '句', '点', '层', '级']);
const DURATION_VERBS = /(?:达到|提高到|提高至|延长到|延长至|延长|缩短|提高|增加|为|达)$/;

// A money amount glued to a class noun is a size class or a threshold in a name: 亿元项目,
// X亿元以上新开工项目, 税收过千万元企业, 十亿元镇; and an amount after 投资 followed by 的 describes a named
// project (投资50亿元的新能源发电). Amounts that measure are followed by a break, a qualifier, a verb.
const MONEY_CLASS_AFTER = /^(?:以上|以下)?[^，。；、\d]{0,3}(?:项目|企业|镇|村|级|工程)/;
const MONEY_ATTRIBUTE_BEFORE = /(?:投资|总投资|投资额)(?:约|超|近)?$/; // and 的 right after the amount
// Only 在 opening a clause: 控制在5%以内 / 稳定在 are verbs, not scope.
const SCOPE_BEFORE = /(?:(?:^|[，。；、：\n])在(?:全省|全市|全区|全国|全县)?|聚焦|围绕|面向|针对)$/;
// 税收过亿元企业, 投资过50亿元项目: 过 before an amount makes it a threshold.
// (超过 / 超 alone are qualifiers: 人均可支配收入超过38000元.)
const THRESHOLD_BEFORE = /(?:(?:税收|投资|营收|产值|销售收入)(?:过|超)|(?<![超越])过)$/;
// X千伏吴家湾输变电工程, 500千伏变电站: a voltage class names a facility; so does a duration glued to a
// verb phrase (24小时在岗待命).
const CLASS_UNITS = new Set(['千伏', '万伏', '伏', 'kV']);
const GLUED_DURATION = new Set(['小时', '分钟']);
// 18条措施, 10条意见: a count that names a policy package.
const POLICY_COUNT_UNITS = new Set(['条', '项', '款']);
const POLICY_AFTER = /^(?:[^，。；]{0,2})(?:措施|举措|政策|意见|规定|办法|细则|硬措施)/;
// 15分钟社区生活圈, 1小时经济圈: a time that names a zone.
const ZONE_AFTER = /^[^，。；、]{0,5}圈/;

// The patterns above that look before the value all end at it, and STRUCTURE_AFTER starts right after
// it: one character there rules each out without slicing the text or running the regex.
const THRESHOLD_LAST = charTable('过超');
const SCOPE_LAST = charTable('在省市区国县焦绕向对');
const STRUCTURE_BEFORE_LAST = charTable('下列述这');
const STRUCTURE_AFTER_FIRST = charTable('个方大重场');
const DE = code('的');
const ZONE = '圈';

const AGE_GROUP_AFTER = /^(?:及以上|以上|以下|以内|至\d+岁)?(?:的)?(?:老年|老人|人口|儿童|婴幼儿|幼儿|居民|人员|群体|妇女|女性|男性|青年|学生|孩子|适龄|城乡居民|常住人口)/;
const AGE_THRESHOLD_BEFORE = /(?:未满|不满|满|年满)$/;

export function isStructuralOrName(text: string, q: Quantity): boolean {
  if (insideShortQuote(text, q.start, q.end)) return true;
  const after = text.slice(q.end, q.end + 6);
  const before = text.charCodeAt(q.start - 1);
  if (q.unit.endsWith('元')) {
    if (MONEY_CLASS_AFTER.test(after)) return true;
    if (THRESHOLD_LAST[before] === 1 && THRESHOLD_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start))) return true;
    if (text.charCodeAt(q.end) === DE && MONEY_ATTRIBUTE_BEFORE.test(text.slice(Math.max(0, q.start - 6), q.start))) return true;
  }
  // 在18个设区城市全面开展…, 在全省183个县: a count after 在 sets the scope of an action.
  if (SCOPE_LAST[before] === 1 && SCOPE_BEFORE.test(text.slice(Math.max(0, q.start - 5), q.start))) return true;
  if (after.includes(ZONE) && ZONE_AFTER.test(after)) return true;
  if (CLASS_UNITS.has(q.unit)) return true;
  if (GLUED_DURATION.has(q.unit) && /^[\u4e00-\u9fff]/.test(after) && !/^(?:以上|以下|以内|之内|左右|内)/.test(after)) return true;
  if (POLICY_COUNT_UNITS.has(q.unit) && POLICY_AFTER.test(after)) return true;
  if (STRUCTURE_AFTER_FIRST[text.charCodeAt(q.end)] === 1 && STRUCTURE_AFTER.test(text.slice(q.end, q.end + 4))) return true;
  if (STRUCTURE_BEFORE_LAST[before] === 1 && STRUCTURE_BEFORE.test(text.slice(Math.max(0, q.start - 2), q.start))) return true;
  // 60岁以上老年人口, 满3岁: an age that names a group of people, not an age measured.
  if (q.unit === '岁' && (AGE_GROUP_AFTER.test(after) || AGE_THRESHOLD_BEFORE.test(text.slice(Math.max(0, q.start - 2), q.start)))) return true;
  // 三项制度改革, 两个维护: small Chinese counts are phrase parts, not measurements.
  if (q.chinese && q.value !== null && q.value <= 10 && COUNT_UNITS.has(q.unit)) return true;
  return false;
}

/** Durations (3年) and bare numbers count only after a verb that measures: 平均受教育年限[达到]11年. */
export function needsMeasuringVerb(q: Quantity): boolean {
  // A bare magnitude (6100万湖北人民, 160万人民) counts people or things without saying what is measured.
  return q.unit === '' || q.unit === '年' || q.unit === '个月' || /^[十百千万亿]+$/.test(q.unit);
}

export function hasMeasuringVerb(textBefore: string): boolean {
  return DURATION_VERBS.test(textBefore) || /(?:增长|下降|降低|提高|提升|增加|减少|达到|控制在|保持在|稳定在|降至|降到|增至|为|达)$/.test(textBefore);
}
