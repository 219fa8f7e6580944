/**
 * Splits a compound indicator over the values that 分别 / 均 share out:
 *   城乡居民人均可支配收入分别增长8%、10%  → 城镇居民人均可支配收入, 农村居民人均可支配收入
 *   财政总收入和地方级财政收入分别增长5%和3.5% → 财政总收入, 地方级财政收入
 *   城镇和农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入 (shared tail)
 */

// Contracted pairs that reports write as one word.
const CONTRACTIONS: ReadonlyArray<[string, string[]]> = [
  ['城乡居民', ['城镇居民', '农村居民']],
  ['城乡', ['城镇', '农村']],
  ['中小学', ['小学', '中学']],
  ['进出口', ['进口', '出口']],
];

const JOINERS = /以及|和|与|及|、|，|,/;

/**
 * The parts of a listed indicator. Names contain 和 themselves (租赁和商务服务业、交通运输仓储和邮政业营业收入),
 * so when the caller knows how many values are shared out, the split that gives that many parts wins.
 */
function partsOf(indicator: string, want: number | undefined): string[] {
  const split = (re: RegExp) => indicator.split(re).map((p) => p.trim()).filter((p) => p.length > 0);
  const all = split(JOINERS);
  if (want === undefined || all.length === want) return all;
  for (const re of [/、|，|,/, /以及|和|与|及/]) {
    const parts = split(re);
    if (parts.length === want) return parts;
  }
  return all;
}

export function splitIndicator(indicator: string, want?: number): string[] {
  for (const [word, parts] of CONTRACTIONS) {
    const at = indicator.indexOf(word);
    if (at !== -1) {
      const head = indicator.slice(0, at);
      const tail = indicator.slice(at + word.length);
      return parts.map((p) => head + p + tail);
    }
  }
  const parts = partsOf(indicator, want);
  if (parts.length < 2) return [indicator];
  // A short leading part shares the tail of the last part: 城镇 + 农村居民人均可支配收入, 一产 + 三产增加值,
  // 城镇居民 + 农村居民人均可支配收入 (parallel: same length, same last character). Not 新材料 + 装备制造产业链产值.
  const last = parts[parts.length - 1]!;
  const measure = MEASURE_TAIL.exec(last)?.[0] ?? null;
  return parts.map((p, i) => {
    if (i === parts.length - 1) return p;
    if (p.length <= 4 && last.length > p.length + 1) {
      const parallel = p.length <= 2 || last[p.length - 1] === p[p.length - 1];
      const tail = last.slice(p.length);
      if (parallel && tail.length >= 2) return p + tail;
    }
    // 基础设施、制造业投资: a part that names no measure takes the one the last part ends with.
    if (measure !== null && p.length <= 8 && !MEASURE_TAIL.test(p) && !NAMES_A_MEASURE.test(p)) return p + measure;
    return p;
  });
}

/** A name that already says what it measures: 事故起数, 自来水普及率, 网络零售额, 装机容量. */
const NAMES_A_MEASURE = /(?:[数率额量值重]|容量|收入|产值|投资|利润|营收|规模|面积|里程|时间|增速|增幅|指数|价格|水平|浓度|天数|排放|占比)$/;

/** What a listed name measures, written once at the end of the list: 基础设施、制造业[投资]. */
const MEASURE_TAIL =
  /(?:人均[\u4e00-\u9fff]{2,10}|补助标准|产业链产值|产业集群产值|集群产值|营业收入|增加值|投资额|投资|收入|产值|产量|销量|销售额|利润|营收|总额|规模|占比|比重|时间|条数|数量|面积|里程|人数|总量|增速|增幅|贡献率|覆盖率|成交额|进出口额|出口额|进口额|用量|排放量|排放)$/;
