/**
 * The indicators analysts compare across reports, and the names reports give them. Reports of
 * different regions and years write the same thing differently (地区生产总值 / 生产总值 / GDP /
 * 经济总量; 规模以上工业增加值 / 规上工业增加值 / 规模工业增加值), so a comparison first maps each
 * engine indicator onto one of these groups.
 *
 * Matching is deliberately strict: a name must START the indicator (after a scope word such as 全省 or
 * 全社会 is removed), and what follows it must not turn it into another measure (占…比重, 人均…, a
 * count of 县 or 企业). A wrong row in a comparison table is worse than a missing one: the user can
 * still find a missing figure in the report, but a wrong one is copied into a spreadsheet.
 */

export interface IndicatorGroup {
  /** Stable ASCII id (settings, test names). */
  id: string;
  zh: string;
  en: string;
  /** Names as reports write them, already in the folded form of foldIndicator (half-width, no spaces). */
  names: readonly string[];
  /**
   * Names that only mean this indicator inside the headline target list (主要预期目标): there
   * 经济增长6%左右 is GDP growth and 投资增长8% is fixed-asset investment, while elsewhere in a report
   * 投资 is any project's investment.
   */
  headlineNames?: readonly string[];
}

export const INDICATOR_GROUPS: readonly IndicatorGroup[] = [
  {
    id: 'gdp',
    zh: '地区生产总值',
    en: 'GDP',
    names: ['地区生产总值', '国内生产总值', '生产总值', 'GDP', '经济总量', '经济增长', '经济增速'],
    headlineNames: ['经济'],
  },
  {
    id: 'industry',
    zh: '规模以上工业增加值',
    en: 'Industrial value added (above designated size)',
    names: ['规模以上工业增加值', '规上工业增加值', '规模工业增加值', '规模以上工业企业增加值'],
  },
  {
    id: 'retail',
    zh: '社会消费品零售总额',
    en: 'Retail sales of consumer goods',
    names: ['社会消费品零售总额', '社会消费品零售额', '社零总额', '社零额', '消费品零售总额'],
  },
  {
    id: 'budgetRevenue',
    zh: '一般公共预算收入',
    en: 'General public budget revenue',
    names: ['地方一般公共预算收入', '一般公共预算收入', '地方级一般公共预算收入', '公共财政预算收入'],
  },
  {
    id: 'investment',
    zh: '固定资产投资',
    en: 'Fixed-asset investment',
    names: ['固定资产投资'],
    headlineNames: ['投资'],
  },
  {
    id: 'trade',
    zh: '外贸进出口总额',
    en: 'Foreign trade (imports and exports)',
    names: [
      '外贸进出口总额', '外贸进出口总值', '外贸进出口额', '外贸进出口', '进出口总额', '进出口总值',
      '进出口贸易总额', '进出口贸易额', '货物进出口总额', '货物贸易进出口总额', '货物进出口',
    ],
    headlineNames: ['进出口', '外贸'],
  },
  {
    id: 'foreignCapital',
    zh: '实际使用外资',
    en: 'Foreign capital actually used',
    names: ['实际使用外资', '实际利用外资', '实际使用外商直接投资', '实际直接利用外资'],
    headlineNames: ['利用外资'],
  },
  {
    id: 'incomeAll',
    zh: '居民人均可支配收入',
    en: 'Per-capita disposable income',
    names: ['全体居民人均可支配收入', '居民人均可支配收入'],
  },
  {
    id: 'incomeUrban',
    zh: '城镇居民人均可支配收入',
    en: 'Urban per-capita disposable income',
    names: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', '城镇居民收入'],
  },
  {
    id: 'incomeRural',
    zh: '农村居民人均可支配收入',
    en: 'Rural per-capita disposable income',
    names: ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农村居民收入', '农民人均可支配收入'],
  },
  {
    id: 'cpi',
    zh: '居民消费价格涨幅',
    en: 'Consumer prices (CPI)',
    names: ['居民消费价格涨幅', '居民消费价格指数涨幅', '居民消费价格指数', '居民消费价格', 'CPI涨幅', 'CPI'],
  },
  {
    id: 'newJobs',
    zh: '城镇新增就业',
    en: 'New urban jobs',
    names: ['城镇新增就业', '新增城镇就业', '城镇新增就业人数'],
  },
  {
    id: 'surveyedUnemployment',
    zh: '城镇调查失业率',
    en: 'Surveyed urban unemployment rate',
    names: ['城镇调查失业率'],
  },
  {
    id: 'registeredUnemployment',
    zh: '城镇登记失业率',
    en: 'Registered urban unemployment rate',
    names: ['城镇登记失业率'],
  },
  {
    id: 'grain',
    zh: '粮食产量',
    en: 'Grain output',
    names: ['粮食产量', '粮食总产量', '粮食总产'],
  },
  {
    id: 'energyIntensity',
    zh: '单位GDP能耗',
    en: 'Energy use per unit of GDP',
    names: [
      '单位GDP能耗', '单位地区生产总值能耗', '单位生产总值能耗', '万元GDP能耗', '万元地区生产总值能耗',
      '万元生产总值能耗', '单位GDP能源消耗', '单位地区生产总值能源消耗', '能耗强度',
    ],
  },
  {
    id: 'pm25',
    zh: 'PM2.5浓度',
    en: 'PM2.5 concentration',
    names: ['PM2.5浓度', 'PM2.5平均浓度', 'PM2.5年均浓度', '细颗粒物浓度', '细颗粒物(PM2.5)浓度', '细颗粒物(PM2.5)平均浓度', '细颗粒物(PM2.5)年均浓度'],
  },
  {
    id: 'goodAirDays',
    zh: '空气质量优良天数比例',
    en: 'Share of days with good air quality',
    names: [
      '空气质量优良天数比例', '空气质量优良天数比率', '环境空气质量优良天数比例', '环境空气质量优良天数比率',
      '优良天数比例', '优良天数比率', '空气优良天数比例', '空气优良天数比率',
    ],
  },
  {
    id: 'rdIntensity',
    zh: '研发经费投入强度',
    en: 'R&D intensity',
    names: ['研发经费投入强度', '研发投入强度', 'R&D经费投入强度', '研究与试验发展经费投入强度', '研发经费支出强度'],
  },
  {
    id: 'urbanization',
    zh: '常住人口城镇化率',
    en: 'Urbanisation rate (resident population)',
    names: ['常住人口城镇化率', '城镇化率'],
  },
];

/*
 * Scope words a report puts before an indicator without changing what is measured: 全省地区生产总值,
 * 全社会固定资产投资, 今年城镇新增就业. A region's own name (北京地区进出口总额 in a national report,
 * 宜昌经济总量 in a provincial one) is NOT stripped: that figure belongs to another region.
 */
const SCOPE_PREFIX = /^(?:全国|全省|全市|全区|全县|全州|全盟|全旗|全疆|全自治区|本省|本市|本区|本县|我省|我市|我区|我县|全社会|全年|今年|明年|年度)+/;

/*
 * What may follow a name: words the engine keeps between the indicator and its value (预计, 累计,
 * 年均, 增速, 力争, 迈上, 突破, 在全省 …) and, from the first digit on, the value itself (生产总值达
 * 13.7万亿元). Anything else turns it into another measure — a share (占…比重), a derived rate
 * (工业增加值率), a comparison (增速高于全省), a count of things (生产总值超百亿县, 粮食生产无人农场) —
 * and the indicator is left out. An allow-list fails safe: an unknown tail drops a row, it never adds
 * a wrong one.
 */
const ALLOWED_TAIL =
  /^(?:预计|累计|年均|平均值|平均|均值|平|增速|增幅|增长率|增长|涨幅|总额|力争|争取|确保|今年要|要|将|迈上|跨上|连跨|跨越|突破|首次|稳定|保持|控制|同比|改善|达到|达|超过|超|在全[国省市区县]|在|为|由)*$/;

/** After the value, a place or a thing counted means the figure qualifies something else (超200亿元县). */
const COUNTED_AFTER_VALUE = /[县区市乡镇村企业项目园家个所]/;

function tailAllowed(tail: string): boolean {
  const digit = tail.search(/[0-9]/);
  const words = digit < 0 ? tail : tail.slice(0, digit);
  if (digit >= 0 && COUNTED_AFTER_VALUE.test(tail.slice(digit))) return false;
  return ALLOWED_TAIL.test(words);
}

/** Half-width, upper-case Latin, no whitespace, Chinese brackets as ASCII: the form names are written in. */
export function foldIndicator(indicator: string): string {
  return indicator
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/_/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[a-z]/g, (c) => c.toUpperCase())
    .replace(/^["'“”‘’「」]+|["'“”‘’「」]+$/g, '');
}

interface NameEntry {
  name: string;
  group: IndicatorGroup;
  headlineOnly: boolean;
}

// Longest names first, so 地方一般公共预算收入 wins over 一般公共预算收入 and 城镇调查失业率 is not cut short.
const NAME_ENTRIES: readonly NameEntry[] = INDICATOR_GROUPS.flatMap((group) => [
  ...group.names.map((name) => ({ name: foldIndicator(name), group, headlineOnly: false })),
  ...(group.headlineNames ?? []).map((name) => ({ name: foldIndicator(name), group, headlineOnly: true })),
]).sort((a, b) => b.name.length - a.name.length);

const GROUP_BY_ID: ReadonlyMap<string, IndicatorGroup> = new Map(INDICATOR_GROUPS.map((g) => [g.id, g]));

export function indicatorGroupById(id: string): IndicatorGroup | undefined {
  return GROUP_BY_ID.get(id);
}

/**
 * The group an engine indicator belongs to, or null. `headline` says whether the target sits in the
 * headline target list, where the short names (经济, 投资, 进出口) are unambiguous.
 */
export function indicatorGroupOf(indicator: string, headline = false): IndicatorGroup | null {
  const folded = foldIndicator(indicator).replace(SCOPE_PREFIX, '');
  if (folded === '') return null;
  for (const entry of NAME_ENTRIES) {
    if (entry.headlineOnly) {
      // Short names must be the whole indicator: 经济 yes, 经济薄弱村 / 投资额 / 进出口实绩企业 no.
      if (headline && folded === entry.name) return entry.group;
      continue;
    }
    if (!folded.startsWith(entry.name)) continue;
    return tailAllowed(folded.slice(entry.name.length)) ? entry.group : null;
  }
  return null;
}
