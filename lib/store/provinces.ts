/**
 * The 34 provincial-level divisions with the short names titles use (2025年宁夏政府工作报告). A fixed,
 * complete list: lower levels are recognised by their unit suffix instead (see regionOf).
 */
export interface Province {
  short: string;
  full: string;
}

export const PROVINCES: readonly Province[] = [
  { short: '北京', full: '北京市' },
  { short: '天津', full: '天津市' },
  { short: '上海', full: '上海市' },
  { short: '重庆', full: '重庆市' },
  { short: '河北', full: '河北省' },
  { short: '山西', full: '山西省' },
  { short: '辽宁', full: '辽宁省' },
  { short: '吉林', full: '吉林省' },
  { short: '黑龙江', full: '黑龙江省' },
  { short: '江苏', full: '江苏省' },
  { short: '浙江', full: '浙江省' },
  { short: '安徽', full: '安徽省' },
  { short: '福建', full: '福建省' },
  { short: '江西', full: '江西省' },
  { short: '山东', full: '山东省' },
  { short: '河南', full: '河南省' },
  { short: '湖北', full: '湖北省' },
  { short: '湖南', full: '湖南省' },
  { short: '广东', full: '广东省' },
  { short: '海南', full: '海南省' },
  { short: '四川', full: '四川省' },
  { short: '贵州', full: '贵州省' },
  { short: '云南', full: '云南省' },
  { short: '陕西', full: '陕西省' },
  { short: '甘肃', full: '甘肃省' },
  { short: '青海', full: '青海省' },
  { short: '台湾', full: '台湾省' },
  { short: '内蒙古', full: '内蒙古自治区' },
  { short: '广西', full: '广西壮族自治区' },
  { short: '西藏', full: '西藏自治区' },
  { short: '宁夏', full: '宁夏回族自治区' },
  { short: '新疆', full: '新疆维吾尔自治区' },
  { short: '香港', full: '香港特别行政区' },
  { short: '澳门', full: '澳门特别行政区' },
];

const BY_SHORT = new Map(PROVINCES.map((p) => [p.short, p.full]));

/** Full name of a province written by its short name alone (宁夏 → 宁夏回族自治区), else null. */
export function provinceByShortName(name: string): string | null {
  return BY_SHORT.get(name) ?? null;
}

/**
 * One canonical name per province, however a title writes it: 广西 and 广西自治区 → 广西壮族自治区, 北京 →
 * 北京市. Names below the provincial level come back unchanged.
 */
export function canonicalRegion(name: string): string {
  const short = BY_SHORT.get(name);
  if (short) return short;
  for (const p of PROVINCES) {
    if (name.startsWith(p.short) && (name.endsWith('自治区') || name.endsWith('特别行政区')) && name.length <= p.full.length) {
      return p.full;
    }
  }
  return name;
}
