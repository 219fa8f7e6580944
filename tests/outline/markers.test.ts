import { describe, expect, it } from 'vitest';
import { findMarkerCandidates } from '../../lib/outline/markers';
import { parse } from './corpus';

const families = (s: string) => findMarkerCandidates(s).map((c) => [c.marker, c.family, c.ordinal]);

// Sentences are taken from the corpus texts (file noted); where a case needs a context the corpus does not
// have, the sentence is real and only the surrounding punctuation is stated.
describe('marker candidates: what can never be a heading', () => {
  it('一、二、三产业 inside a sentence (广西)', () => {
    const s = '初步预计，全区地区生产总值增长4.2%左右，一、二、三产业增加值分别增长4%、5.3%、3.4%，外贸进出口总额增长9.4%。';
    expect(families(s)).toEqual([]);
    // Even right after a full stop a run of numerals is not a heading.
    expect(families(`粮食产量280.76亿斤。一、二、三产业增加值分别增长4%、5.3%、3.4%。`)).toEqual([]);
  });

  it('第一 inside sentences: 全省第一，(讲话) and 第一、第三产业 (云南)', () => {
    expect(families('创建数量蝉联全省第一，基本公共服务满意度测评全省第一，11项典型经验全省推广。')).toEqual([]);
    expect(families('规模以上工业增加值增长3.3%，第一、第三产业增加值分别增长2.5%、3.9%，社会消费品零售总额增长2.9%。')).toEqual([]);
  });

  it('decimals and numbers are not 1. markers (青海, 咸阳)', () => {
    expect(families('投入12.5亿元,全面落实“五个一批”政策,7.8万名贫困人口全部脱贫,119个贫困村全部出列。')).toEqual([]);
    expect(families('主要经济指标完成情况。5.15万套城镇老旧小区和26个棚户区改造')).toEqual([]);
    expect(families('2022年。市八届人大六次会议确定的主要目标顺利实现。')).toEqual([]);
    // In a flattened report full of decimals, no heading has a digit marker.
    const { outline } = parse('reports/2022_咸阳市.txt');
    expect(outline.sections.filter((s) => /\d/.test(s.marker))).toEqual([]);
  });

  it('markers inside quotations', () => {
    // A quoted list: the 二、 follows a full stop, but inside the quotation marks.
    const s = '会议提出：“一、坚持稳中求进工作总基调。二、坚持以人民为中心的发展思想。”我们要认真贯彻落实。';
    expect(families(s)).toEqual([]);
    // Book titles as well.
    expect(families('印发《实施方案。二、重点任务》。')).toEqual([]);
    // Outside the quotation the same marker counts.
    expect(families('我们要认真贯彻落实。二、坚持以人民为中心的发展思想')).toEqual([['二、', 'cn', 2]]);
  });

  it('a stray opening quote does not hide the next heading (河南: 专精特新“小巨人企业 is never closed)', () => {
    const s =
      '培育国家级专精特新“小巨人企业414家，制造业“单项冠军”企业51家，规上工业企业2.8万家。 （四）乡村振兴有力有效。克服极端灾害天气影响。';
    expect(families(s)).toEqual([['（四）', 'paren', 4]]);
  });

  it('words that end in a numeral: 统一是, 保护第 一、全民共享 (青海)', () => {
    expect(families('朝着国家所有、保护第 一、全民共享、世代传承的国家公园典范目标扎实迈进')).toEqual([]);
    expect(families('思想上高度统一是做好工作的前提。')).toEqual([]);
  });
});

describe('marker candidates: what may be a heading', () => {
  it('一是…四是 after a colon and semicolons (天门)', () => {
    const s =
      '我们也清醒认识到存在的问题:一是产业结构有待优化,工业经济体量偏小;二是武汉城市圈同城化融合不够;三是民生事业存在短板;四是发展环境仍需改善。';
    expect(families(s)).toEqual([
      ['一是', 'cnIs', 1],
      ['二是', 'cnIs', 2],
      ['三是', 'cnIs', 3],
      ['四是', 'cnIs', 4],
    ]);
  });

  it('each family at the start of a line, full- and half-width', () => {
    const text = [
      '一、2024年工作回顾',
      '（一）高质量发展迈出坚实步伐。',
      '(九)加快推动边境地区发展。',
      '1、抓分析调度。认真组织编制国民经济和社会发展计划。',
      '3．10种有色金属：铜、铅、锌、镍、锡、锑、铝、镁、硅、钛。',
      '第一，砥砺奋进，在应对挑战中交出高分答卷',
      '第二部分',
      '十二、全面加强政府自身建设',
    ].join('\n');
    expect(families(text)).toEqual([
      ['一、', 'cn', 1],
      ['（一）', 'paren', 1],
      ['(九)', 'paren', 9],
      ['1、', 'num', 1],
      ['3．', 'num', 3],
      ['第一，', 'di', 1],
      ['第二部分', 'chapter', 2],
      ['十二、', 'cn', 12],
    ]);
    expect(findMarkerCandidates(text).every((c) => c.atLineStart)).toBe(true);
  });

  it('flattened paragraphs: （一） right after a title, 一、 after a lost line break (黑龙江 joined)', () => {
    const s = '三、2025年重点工作任务 （一）大力提振消费。突出民生导向，着力提升消费能力';
    expect(families(s)).toEqual([
      ['三、', 'cn', 3],
      ['（一）', 'paren', 1],
    ]);
    expect(families('三、2025年重点工作任务（一）大力提振消费。')).toEqual([
      ['三、', 'cn', 3],
      ['（一）', 'paren', 1],
    ]);
    // Without the space a 一、 after a word stays part of the sentence.
    expect(families('统筹推进2025年重点工作任务一、二、三产业融合发展')).toEqual([]);
  });

  it('a heading glued after a sentence in flattened text (东丽)', () => {
    const s = '请予审议,并请区政协委员和其他列席人员提出意见。 一、过去五年工作回顾过去的五年,是东丽经济社会发展极其特殊的五年';
    const c = findMarkerCandidates(s);
    expect(c.map((x) => [x.marker, x.atLineStart])).toEqual([['一、', false]]);
    expect(s.slice(c[0]!.start, c[0]!.end)).toBe('一、');
  });
});

describe('marker candidates: the scan that finds them', () => {
  it('two-digit ordinals in each family (工作要点 10、–12、, and 十二)', () => {
    const text = [
      '11、深化循环经济示范市建设。加快构建绿色低碳循环发展的产业体系。',
      '12、推进节能降碳工作。做好能耗“双控”向碳排放“双控”转变衔接，开展全市能源平衡分析研究。',
      '（十二）全面加强政府自身建设。',
      '（12）推进节能降碳工作。',
      '第十二，推进节能降碳工作。',
    ].join('\n');
    expect(families(text)).toEqual([
      ['11、', 'num', 11],
      ['12、', 'num', 12],
      ['（十二）', 'paren', 12],
      ['（12）', 'parenNum', 12],
      ['第十二，', 'di', 12],
    ]);
  });

  it('a quote left open at the end of a line does not hide the next line (河南: 专精特新“小巨人企业)', () => {
    const text = '培育国家级专精特新“小巨人企业414家\n（四）乡村振兴有力有效。克服极端灾害天气影响。';
    expect(families(text)).toEqual([['（四）', 'paren', 4]]);
    // On the same line the open quote hides it.
    expect(families(text.replace('\n', '。'))).toEqual([]);
  });

  it('markers and numbers at the very end of the text', () => {
    expect(families('我们要认真贯彻落实。二、')).toEqual([['二、', 'cn', 2]]);
    expect(families('地区生产总值增长5')).toEqual([]);
    expect(families('地区生产总值增长5.')).toEqual([]);
    expect(families('各项工作。第')).toEqual([]);
    expect(families('各项工作。（')).toEqual([]);
  });
});
