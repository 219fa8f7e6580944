import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanQuantities } from '../../lib/numbers/scan';
import type { Quantity } from '../../lib/numbers/types';
import { normalize } from '../../lib/text/normalize';

/** Scan a sentence as the engine does: normalise first. */
const scan = (sentence: string): Quantity[] => scanQuantities(normalize(sentence).text);
/** [raw, value, unit] triples, the compact form most tests compare. */
const triples = (sentence: string) => scan(sentence).map((q) => [q.raw, q.value, q.unit]);
const raws = (sentence: string) => scan(sentence).map((q) => q.raw);

describe('scanQuantities: shapes of quantities in real sentences', () => {
  it('reads percentages, money, people and units with magnitudes (2022_咸阳市)', () => {
    const s =
      '2021年，全市经济总量2581.3亿元，人均生产总值达到61002元、比2016年增加18267元，地方财政收入突破100亿元大关。';
    expect(triples(s)).toEqual([
      ['2581.3亿元', 2581.3, '亿元'],
      ['61002元', 61002, '元'],
      ['18267元', 18267, '元'],
      ['100亿元', 100, '亿元'],
    ]);
  });

  it('gives the magnitude to the unit: 万人, 万千瓦, 万平方米, 亿斤 (corpus sentences)', () => {
    expect(triples('东庄水库、李家河水库建成投用，238.2万人饮水安全问题得到巩固')).toContainEqual(['238.2万人', 238.2, '万人']);
    expect(triples('争取华润热电联产二期35万千瓦机组及我市工业园区热电联产项目')).toEqual([['35万千瓦', 35, '万千瓦']]);
    expect(triples('累计建成保障性住房19024套95.1万平方米')).toEqual([
      ['19024套', 19024, '套'],
      ['95.1万平方米', 95.1, '万平方米'],
    ]);
    expect(triples('粮肉奶产量分别稳定在800亿斤、60亿斤、160亿斤以上')).toEqual([
      ['800亿斤', 800, '亿斤'],
      ['60亿斤', 60, '亿斤'],
      ['160亿斤', 160, '亿斤'],
    ]);
  });

  it('reads 万亿斤, 个百分点 and 微克/立方米', () => {
    expect(triples('粮食产量稳定在1.3万亿斤以上')).toEqual([['1.3万亿斤', 1.3, '万亿斤']]);
    expect(triples('农村居民人均可支配收入增速高于城镇居民0.5个百分点')).toEqual([['0.5个百分点', 0.5, '个百分点']]);
    expect(triples('力争PM2.5浓度下降到33微克/立方米；加强饮用水源地保护')).toEqual([['33微克/立方米', 33, '微克/立方米']]);
  });

  it('splits distributive targets and keeps 左右 for the caller (2025年 provincial report)', () => {
    const s = '城乡居民人均可支配收入分别增长5.5%左右、6%左右、5%左右。规上工业增加值增长6.5%左右，固定资产投资增长6%以上';
    const qs = scan(s);
    expect(qs.map((q) => q.raw)).toEqual(['5.5%', '6%', '5%', '6.5%', '6%']);
    const t = normalize(s).text;
    expect(t.slice(qs[3]!.end, qs[3]!.end + 2)).toBe('左右');
  });

  it('reads 5%和3.5% style pairs as two quantities (2022_东丽区: 6.2%和5.8%)', () => {
    expect(triples('商品销售额、社会消费品零售额年均分别增长6.2%和5.8%,宜家家居消费带动')).toEqual([
      ['6.2%', 6.2, '%'],
      ['5.8%', 5.8, '%'],
    ]);
  });

  it('gives the last unit to every number of an enumeration (2022_咸阳市: 3.9、1.1、1.3倍)', () => {
    const qs = scan('医药产值分别是2016年的3.9、1.1、1.3倍。');
    expect(qs.map((q) => [q.raw, q.value, q.unit])).toEqual([
      ['3.9', 3.9, '倍'],
      ['1.1', 1.1, '倍'],
      ['1.3倍', 1.3, '倍'],
    ]);
  });

  it('reads ranges: 5.0%—5.5% (2025 report) and 1至2个 (发改委 plan)', () => {
    const [r] = scan('全省地区生产总值增长5.0%—5.5%，根据实际情况争取更好结果');
    expect(r).toMatchObject({ raw: '5.0%—5.5%', value: 5, valueMax: 5.5, unit: '%', isRange: true });
    const [c] = scan('创新1至2个“清廉发改”建设“自选动作”');
    expect(c).toMatchObject({ raw: '1至2个', value: 1, valueMax: 2, unit: '个', isRange: true });
  });

  it('reads the other range spellings of DOMAIN.md: 6%—6.5%, 6—6.5%, 5%至6%, 5%-6%, 5%～6%', () => {
    for (const [text, raw] of [
      ['地区生产总值增长6%—6.5%', '6%—6.5%'],
      ['地区生产总值增长6—6.5%', '6—6.5%'],
      ['增长5%至6%', '5%至6%'],
      ['增长5%-6%', '5%-6%'],
      ['增长5%～6%', '5%~6%'],
    ] as const) {
      const qs = scan(text);
      expect(qs, text).toHaveLength(1);
      expect(qs[0]).toMatchObject({ raw, isRange: true, unit: '%' });
    }
  });

  it('reads age ranges and keeps a zero lower bound (2025 report: 0-6岁儿童)', () => {
    expect(scan('为全省0-6岁儿童免费开展眼保健和视力检查')[0]).toMatchObject({ value: 0, valueMax: 6, unit: '岁' });
  });

  it('keeps 多/余 between number and unit as innerQualifier', () => {
    expect(scan('我市住户定期存款较年初增长额同比多增120多亿元。')[0]).toMatchObject({
      raw: '120多亿元', value: 120, unit: '亿元', innerQualifier: '多',
    });
    expect(scan('组建“筑堡工程”工作队，992余人次参与志愿服务。')[0]).toMatchObject({
      raw: '992余人次', value: 992, unit: '人次', innerQualifier: '余',
    });
    // 万余: the qualifier sits inside the unit.
    expect(scan('群众性文化惠民活动4.62万余场次、惠及4550万余人次。').map((q) => [q.raw, q.unit, q.innerQualifier])).toEqual([
      ['4.62万余场', '万场', '余'],
      ['4550万余人次', '万人次', '余'],
    ]);
  });

  it('reads 近千亿元 as 1000 亿元 and leaves 近 to the caller (发改委 述职报告)', () => {
    const s = '完成投资近千亿元，是去年的*.*倍';
    const qs = scan(s);
    expect(qs.map((q) => [q.raw, q.value, q.unit, q.chinese, q.masked])).toEqual([
      ['千亿元', 1000, '亿元', true, false],
      ['*.*倍', null, '倍', false, true],
    ]);
  });

  it('reads Chinese numerals with units (一千二百万人 like 1200万人) and percent words', () => {
    expect(scan('面向全省一千二百万人')[0]).toMatchObject({ value: 1200, unit: '万人', chinese: true });
    expect(scan('新增二百二十五家高新技术企业')[0]).toMatchObject({ value: 225, unit: '家', chinese: true });
    expect(triples('研发投入提高百分之五，能耗下降百分之三点五，人口自然增长率千分之三')).toEqual([
      ['百分之五', 5, '%'],
      ['百分之三点五', 3.5, '%'],
      ['千分之三', 3, '‰'],
    ]);
    expect(triples('让群众的急难愁盼办到“百分之百”')).toEqual([]); // a slogan in quotes
  });

  it('reads 成 and 番 as percent and ratio words (2022_青海省: 近八成; 2025年西藏: 翻一番)', () => {
    expect(triples('规模以上工业增加值增长9.2%,近八成工业行业实现盈利')).toEqual([
      ['9.2%', 9.2, '%'],
      ['八成', 80, '%'],
    ]);
    expect(triples('今年自治区财政科技投入再翻一番。')).toEqual([['翻一番', 2, '倍']]);
    expect(triples('力争经济总量翻两番，两成以上企业上云')).toEqual([
      ['翻两番', 4, '倍'],
      ['两成', 20, '%'],
    ]);
    expect(triples('三年行动任务已完成近八成。形成一批成果')).toEqual([['八成', 80, '%']]);
  });

  it('reads negative figures: 全市增速为-*% and -2.3%', () => {
    expect(scan('固定资产投资同比下降*%，全市增速为-*%；')[1]).toMatchObject({ raw: '-*%', masked: true, value: null });
    expect(scan('全市增速为-2.3%；')[0]).toMatchObject({ raw: '-2.3%', value: -2.3 });
  });

  it('returns a bare Arabic number only before a clause boundary or 以上/左右', () => {
    expect(triples('细颗粒物浓度下降到35，优良天数比率达到90%')).toEqual([
      ['35', 35, ''],
      ['90%', 90, '%'],
    ]);
    expect(triples('两化融合指数达到92。拓展智慧医疗')).toEqual([['92', 92, '']]);
    expect(raws('地铁1号线三期开工，争取地铁11号线列入建设规划')).toEqual([]);
    expect(raws('百度、京东、金山、360、科大讯飞等企业')).toEqual([]);
    expect(raws('新的更大贡献！\n附件1\n2025年国民经济和社会发展主要指标')).toEqual([]);
    expect(scan('我区1100多种“蒙”字标产品')[0]).toMatchObject({ raw: '1100多种', unit: '种', innerQualifier: '多' });
  });
});

describe('scanQuantities: masked numbers', () => {
  it('finds every placeholder target of the 发改委 work plan (X%左右, X亿元以上, X个以上)', () => {
    const s =
      '2022年，全市发改工作的主要目标是：GDP增长X%左右,固定资产投资增长X%左右，服务业增加值增长X%，居民消费价格指数控制在X%左右，单位GDP能耗控制在省定目标内。';
    const qs = scan(s);
    expect(qs.map((q) => [q.raw, q.unit, q.masked, q.value])).toEqual([
      ['X%', '%', true, null],
      ['X%', '%', true, null],
      ['X%', '%', true, null],
      ['X%', '%', true, null],
    ]);
    expect(raws('实施亿元项目X个以上，新开工亿元项目X个以上')).toEqual(['X个', 'X个']);
    expect(raws('力争X万千瓦光伏发电、北山抽水蓄能电站开工')).toEqual(['X万千瓦']);
  });

  it('reads starred figures of the district summary (**亿元, *%, ***家, **余次)', () => {
    const s = '1-9月份，全区地区生产总值**亿元，同比下降*%；规模以上工业增加值同比下降*%';
    expect(scan(s).map((q) => [q.raw, q.unit, q.masked])).toEqual([
      ['**亿元', '亿元', true],
      ['*%', '%', true],
      ['*%', '%', true],
    ]);
    expect(scan('截至目前已实地核查项目**余次')[0]).toMatchObject({ raw: '**余次', innerQualifier: '余', masked: true });
    expect(scan('储备小麦*.*万吨、玉米*.*万吨').map((q) => q.raw)).toEqual(['*.*万吨', '*.*万吨']);
  });

  it('reads the DOMAIN.md placeholder spellings: XX亿元, x%, ＊%, X.X%, X万人', () => {
    expect(scan('XX亿元，x%，＊%，X.X%，X万人').map((q) => [q.raw, q.unit, q.masked])).toEqual([
      ['XX亿元', '亿元', true],
      ['x%', '%', true],
      ['*%', '%', true],
      ['X.X%', '%', true],
      ['X万人', '万人', true],
    ]);
  });

  it('does not take masked names for numbers (X门, X楚科创城, X城市群, XX同志, 与X所签订, **区, ****年)', () => {
    expect(raws('聚焦X门主导产业，以X楚科创城为引擎，加快推进X城市群一体化发展')).toEqual([]);
    expect(raws('推进市政府与X所签订“十四五”发展协议')).toEqual([]);
    expect(raws('接过XX同志的接力棒。XXX：')).toEqual([]);
    expect(raws('一是科学制定《关于**区****年国民经济和社会发展计划执行情况》')).toEqual([]);
    expect(raws('**项目均已完成工程措施整改')).toEqual([]);
    expect(raws('继20**年突破****亿后')).toEqual(['****亿']);
    expect(raws('为近**年来最高')).toEqual([]);
  });
});

describe('scanQuantities: numbers that are not quantities', () => {
  it('skips years and dates', () => {
    expect(raws('2022年咸阳市政府工作报告2022年3月28日在咸阳市第九届人民代表大会第一次会议上')).toEqual([]);
    expect(raws('1-11月，全市规上工业增加值增长；二〇一九年一月九日；****年；*月*日；到2025年底')).toEqual([]);
    expect(raws('万元地区生产总值能耗比2016年底下降21%')).toEqual(['21%']);
    expect(raws('“十四五”时期2021—2025年')).toEqual([]);
  });

  it('skips ordinals, sessions and list markers', () => {
    expect(raws('建设第二批自贸试验区联动创新区')).toEqual([]);
    expect(raws('市八届人大六次会议确定的目标任务；按照省委十一届七次、八次、九次全会部署')).toEqual([]);
    expect(raws('刚刚胜利闭幕的区二次党代会，推动三次产业协调发展')).toEqual([]);
    expect(raws('一、过去五年工作回顾\n（三）扎实推进\n(3)加强监管\n1.抓分析调度\n1、抓规划实施\n一是对标先进\n第一，')).toEqual([]);
    expect(raws('。2、抓规划实施。完善规划实施机制')).toEqual([]);
  });

  it('skips 一 inside words and numbered slogans', () => {
    const s = '进一步健全一流营商环境，推进一体化算力网络，集中统一监管，共建“一带一路”，支持“双一流”建设，提早对一季度活动进行谋划，前三季度，守好“三农”压舱石';
    expect(raws(s)).toEqual([]);
    expect(raws('创出一批省级以上品牌，我们将一张蓝图绘到底，深入实施新一轮优化营商环境行动')).toEqual([]);
    expect(raws('拥护“两个确立”、做到“两个维护”，实施“十四五”规划，深入推进“五个一百工程”')).toEqual([]);
    expect(raws('严格落实中央八项规定精神')).toEqual([]);
  });

  it('skips numbers glued to Latin letters, + or 版 (PM2.5, 5G, G20, C919, 4A级, 1+1+6+N, 4.0版, “544”)', () => {
    expect(raws('PM2.5浓度下降44.8%')).toEqual(['44.8%']);
    expect(raws('加快5G基站建设，G20峰会，C919大飞机，新增4A级景区6个')).toEqual(['6个']);
    expect(raws('形成“1+1+6+N”政策落实任务包，出台优化营商环境4.0版，构建“544”现代产业体系')).toEqual([]);
    expect(raws('构建1+14+8规划体系')).toEqual([]);
  });

  it('skips class words, ranks and idioms (千亿级, 百亿级, 世界500强, 百强县, 三甲医院, 5A级, 千家万户)', () => {
    expect(raws('积极培育光伏和储能制造两个千亿级产业，打造百亿级产业集群')).toEqual([]);
    expect(raws('深化与世界500强合作，冲刺全国县域经济百强，推动三甲医院选派专家，积极创建5A级景区')).toEqual([]);
    expect(raws('把温暖送进千家万户')).toEqual([]);
    expect(raws('在全国排名进入前10位')).toEqual([]);
  });

  it('skips Chinese numerals + 年 used as periods (今后五年, 过去五年, 五年来, 近五年, 未来三年)', () => {
    expect(raws('二、今后五年目标任务。过去五年，五年来，近五年，未来三年，国企改革三年行动')).toEqual([]);
  });

  it('skips ratios and times (城乡居民收入比2.04∶1, 1：3.4, 10:30)', () => {
    expect(raws('城乡居民收入比缩小至2.04∶1。审批备案项目比例达到1：3.4，10:30召开')).toEqual([]);
  });

  it('skips numbers inside short quotations and book titles', () => {
    expect(raws('加快建设“15分钟便民生活圈”，印发《助企增效十条激励措施》')).toEqual([]);
    expect(raws('完善15分钟社区生活圈功能')).toEqual(['15分钟']);
    expect(raws('健全涉企行政执法监督机制，出台《行政复议护航企业高质量发展十二项举措》')).toEqual([]);
  });

  it('reads numbers in a quotation too long to be a name, and still finds the short ones after it (2025 湖北, 四川)', () => {
    const hubei = '以“1家国家实验室、8个大科学装置、42家全国重点实验室、10家湖北实验室、163个国家级创新平台、525家新型研发机构”为主体的科技力量';
    expect(raws(hubei)).toEqual(['1家', '8个', '42家', '10家', '163个', '525家']);
    // The middle quotation does not close within a name's length; the quotations on both sides are names.
    const sichuan = '“1个总体方案”即为“坚持以问题和结果为导向全面推进巩固拓展脱贫攻坚成果提质增效总体方案”，“8个工作方案”即国家考核评估反馈问题整改';
    expect(raws(sichuan)).toEqual([]);
    expect(raws(sichuan.replace('“8个工作方案”', '8个工作方案'))).toEqual(['8个']);
  });
});

describe('scanQuantities: values', () => {
  it('reads an Arabic value exactly as the decimal it spells, however many digits', () => {
    const decimal = fc
      .tuple(fc.stringMatching(/^[0-9]{1,20}$/), fc.option(fc.stringMatching(/^[0-9]{1,8}$/), { nil: undefined }))
      .map(([int, frac]) => (frac === undefined ? int : `${int}.${frac}`));
    fc.assert(
      fc.property(decimal, (d) => {
        const [q] = scan(`地方财政收入增长${d}%`);
        expect(q).toMatchObject({ raw: `${d}%`, value: Number(d), unit: '%' });
      }),
    );
  });
});

describe('scanQuantities: offsets', () => {
  it('gives start/end such that raw === text.slice(start, end), in document order', () => {
    const t = normalize('地区生产总值增长6.5%左右，粮食产量保持在181万吨以上，新增200家国家高新技术企业').text;
    const qs = scanQuantities(t);
    expect(qs.map((q) => q.raw)).toEqual(['6.5%', '181万吨', '200家']);
    for (const q of qs) expect(t.slice(q.start, q.end)).toBe(q.raw);
    for (let k = 1; k < qs.length; k++) expect(qs[k]!.start).toBeGreaterThanOrEqual(qs[k - 1]!.end);
  });

  it('handles the empty string and text without numbers', () => {
    expect(scanQuantities('')).toEqual([]);
    expect(scanQuantities('各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。')).toEqual([]);
  });
});
