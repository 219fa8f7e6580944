import type { Comparison } from './types';

/**
 * Words that frame a quantity in a report sentence. Lists are data, kept apart from the logic that uses
 * them; every list is matched longest-first (see `longestFirst`).
 */

/** Sorts so that 提高到 is tried before 提高, 控制在 before 控制. */
export function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** Verbs written between the indicator and the value: 地区生产总值[增长]6.5%. */
export const DIRECTION_VERBS = longestFirst([
  '增长', '下降', '降低', '减少', '减排', '提高', '提升', '上升', '回落', '缩小', '扩大',
  '达到', '达', '超过', '突破', '迈上', '跨上', '跃上', '登上', '连跨', '跨越', '控制在', '保持在', '稳定在', '维持在', '巩固在', '提高到', '提高至', '提升到', '提升至',
  '降至', '降到', '下降到', '下降至', '降低到', '降低至', '增至', '增加', '增加到', '增加至', '增长到', '增长至', '达到了',
  '完成', '实现', '为', '是', '占', '占比', '新增', '累计', '节约', '节省', '压减', '压降', '削减', '净增', '翻',
  '超', '逾', '高于', '低于', '好于', '不低于', '不少于', '不超过', '不高于', '控制', '保持', '稳定',
  // 赤字率拟按4%左右安排: how a budget figure is set.
  '拟按', '减按', '按',
  // 比上年增收1.4亿元: budget and output changes.
  '增收', '减收', '增支', '减支', '增产', '减产',
]);

/**
 * Verbs that open a value-first phrase: [新增]高标准农田50万亩, [新增]200家国家高新技术企业,
 * [带动]就业1.2万人. The object follows the verb, before or after the value.
 */
export const LEADING_VERBS = longestFirst([
  '新增', '新建', '改建', '扩建', '改造', '新改建', '建成', '建设', '完成', '实施', '推进', '培育', '引进', '引育', '招引',
  '开工', '签约', '竣工', '投产', '达产', '打造', '创建', '认定', '新认定', '发放', '帮助', '带动', '吸纳', '安置', '转移',
  '培训', '救助', '资助', '惠及', '覆盖', '治理', '修复', '整治', '造林', '植树', '种植', '播种', '储备', '争取', '落实',
  '累计', '开通', '新开通', '通车', '建立', '组建', '设立', '新设', '入选', '获批', '获评', '评为', '新获批', '引导',
  '争创', '创成', '新培育', '新建成', '减税降费', '减免', '拨付', '投入', '投运', '投用', '建成投运', '开通运营', '筹集', '化解', '处置', '办结', '受理', '承接', '举办', '开展', '组织', '服务',
  '实现', '新开工', '续建', '提供', '解决', '消除', '淘汰', '关闭', '退出', '压减', '腾退', '盘活', '收储', '供应', '出让',
  '增加', '扩大', '新上', '上线', '保障', '提质', '提标', '新改扩建', '改扩建', '筹建', '配建', '新开', '开设',
  // 拟安排地方政府专项债券4.4万亿元: the budget's planned amounts.
  '拟安排', '安排',
]);

/** Qualifiers written after the value: 6.5%[左右], 1200万人[以上]. */
export const AFTER_QUALIFIERS = longestFirst([
  '左右', '以上', '以内', '以下', '之内', '之上', '上下', '内', '多', '余', '有余', '强', '弱',
]);

/** Qualifiers written before the value: [不低于]181万吨, [约]3000亿元, [近]千亿元. */
export const BEFORE_QUALIFIERS = longestFirst([
  // Not 达 / 达到: they are verbs (达95%以上 takes its qualifier from 以上).
  '约', '近', '超', '超过', '逾', '突破', '不低于', '不少于', '不超过', '不高于', '高于', '低于', '大约', '将近',
  '接近', '至少', '最多', '多于', '少于',
]);


/** How each qualifier bounds the value. 突破/超过 say "more than"; 近 says "nearly" (about). */
export const QUALIFIER_COMPARISON: Readonly<Record<string, Comparison>> = {
  左右: 'about', 上下: 'about', 约: 'about', 大约: 'about', 近: 'about', 将近: 'about', 接近: 'about',
  以上: 'atLeast', 之上: 'atLeast', 不低于: 'atLeast', 不少于: 'atLeast', 超过: 'atLeast', 超: 'atLeast',
  逾: 'atLeast', 突破: 'atLeast', 高于: 'atLeast', 多: 'atLeast', 余: 'atLeast', 有余: 'atLeast', 强: 'atLeast',
  至少: 'atLeast', 多于: 'atLeast',
  以内: 'atMost', 以下: 'atMost', 之内: 'atMost', 内: 'atMost', 不超过: 'atMost', 不高于: 'atMost', 低于: 'atMost',
  最多: 'atMost', 少于: 'atMost', 弱: 'atMost',
};

/**
 * Words that open a clause but are not part of the indicator: scope (全市), time (今年), stance (力争).
 * Stripped repeatedly from the start of the text before a value.
 */
export const LEADING_NOISE = longestFirst([
  // scope: whose figure it is (全市 / 我省); never a bare 全, which starts 全员劳动生产率.
  '今年', '全年', '明年', '年内', '当年', '去年', '上年', '同年', '全市', '全省', '全区', '全县', '全州', '全盟', '全旗',
  '全镇', '全国', '全自治区', '全域', '我市', '我省', '我区', '我县', '本市', '本省', '全市上下', '全省上下',
  // stance and connectives. Single characters that also begin indicator names (在建, 再生, 要素, 均等化)
  // are deliberately absent.
  // prepositions that open a clause before what is counted: [对]10万名农民工开展培训, [向]…
  '对', '向', '给', '把',
  // manner adverbs before a value-first verb: [深入][实施]15项…
  '深入', '扎实', '全面', '大力推进',
  '力争', '确保', '争取', '努力', '努力实现', '预计', '计划', '其中', '共计', '合计', '总计', '并', '同时', '将',
  '主要预期目标是', '主要预期目标', '预期目标是', '主要目标是', '目标是', '主要指标', '主要经济指标',
  '经济社会发展主要预期目标是', '经济社会发展的主要预期目标是', '发展主要预期目标是', '发展的主要预期目标是',
  '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是', '首先', '其次', '此外', '另外',
  '上半年', '下半年', '前三季度', '一季度', '二季度', '三季度', '四季度', '全年累计', '五年来', '过去五年', '今后五年',
  '未来五年', '到期末', '期末', '年底', '年末', '以来', '继续', '持续', '进一步', '大力', '加快', '积极', '着力',
  '全力', '稳步', '有序', '推动', '促进', '力促', '预期', '提出',
]);

/** Comparison bases between indicator and verb: 地区生产总值[比上年]增长6%. They are past cues too. */
export const BASE_PHRASES = longestFirst([
  '比上年', '比去年', '较上年', '较去年', '同比', '环比', '比上年同期', '较上年同期', '比上年末', '较年初', '比年初',
  // 平均 before 均: 城镇调查失业率平均为5.1% is an average, not a value shared out (均).
  '平均', '年均', '年均分别', '分别', '均', '都', '各', '全年', '今年', '每年', '同口径', '按可比口径', '可比', '继续', '再',
]);

/** Cues that a figure is a goal, not an achievement (DOMAIN.md, "Target or result"). */
export const FUTURE_CUES = longestFirst([
  '力争', '确保', '争取', '预期目标', '目标', '计划', '今后五年', '未来五年', '今后三年', '未来三年', '今年', '明年',
  '将', '要', '努力', '力促', '推动', '预期', '规划', '谋划', '拟', '打算', '下一步', '到期末', '全年目标',
]);

/** Cues that a figure was achieved or observed. */
export const PAST_CUES = longestFirst([
  '完成了', '实现了', '累计', '同比', '截至', '截止', '已', '已经', '比上年', '较上年', '比去年', '较去年', '去年',
  '上年', '过去五年', '五年来', '过去一年', '一年来', '获评', '荣获', '获批', '位居', '居全', '排名', '首次',
  '超额完成', '达到了', '增长了', '下降了', '提高了', '新增了', '建成了', '取得', '预计', '初步核算',
]);
