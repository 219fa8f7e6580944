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
  return parts.map((p, i) => {
    if (i === parts.length - 1 || p.length > 4 || last.length <= p.length + 1) return p;
    const parallel = p.length <= 2 || last[p.length - 1] === p[p.length - 1];
    const tail = last.slice(p.length);
    return parallel && tail.length >= 2 ? p + tail : p;
  });
}
