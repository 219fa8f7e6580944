import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { findArticle } from '../../lib/dom/find-article';
import { buildTextIndex } from '../../lib/dom/text-index';
import { countBodyCues, judgeReport } from '../../lib/report-cues';
import { CORPUS, readCorpus } from '../support/golden';
import { PAGES_DIR } from '../e2e/support/server';

const reports = [
  ...readdirSync(join(CORPUS, 'reports')).filter((f) => f.endsWith('.txt')).map((f) => `reports/${f}`),
  ...readdirSync(join(CORPUS, 'reports-2025-provinces')).filter((f) => f.endsWith('.txt')).map((f) => `reports-2025-provinces/${f}`),
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')),
];

const verdict = (title: string, text: string) => {
  const { targets, sections } = analyze(text);
  return judgeReport(title, text, { figures: targets.length, sections: sections.length, bodyCues: countBodyCues(text) });
};

describe('judgeReport: is this article a report or policy document?', () => {
  it.each(reports)('says yes to %s under its own title', (file) => {
    const text = readCorpus(file);
    const title = text.split('\n').find((l) => l.trim())!.trim();
    expect(verdict(title, text).isReport).toBe(true);
  });

  it('says yes to nearly every report under a page title that says nothing (栏目 / 正文), from its wording and figures', () => {
    const yes = reports.filter((file) => verdict('正文', readCorpus(file).split('\n').slice(1).join('\n')).isReport);
    expect(yes.length / reports.length).toBeGreaterThanOrEqual(0.95);
  });

  it('says yes to a policy document that sets targets (行动方案: 到2025年 …)', () => {
    // From 国务院关于印发《2024—2025年节能降碳行动方案》的通知 (国发〔2024〕12号), as published on www.gov.cn.
    const text = [
      '国务院关于印发《2024—2025年节能降碳行动方案》的通知',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：现将《2024—2025年节能降碳行动方案》印发给你们，请认真贯彻执行。',
      '一、总体要求',
      '以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，坚持节约优先方针，完善能源消耗总量和强度调控，重点控制化石能源消费，强化碳排放强度管理，分领域分行业实施节能降碳专项行动，更高水平更高质量做好节能降碳工作，更好发挥节能降碳的经济效益、社会效益和生态效益，为实现碳达峰碳中和目标奠定坚实基础。',
      '2024年，单位国内生产总值能源消耗和二氧化碳排放分别降低2.5%左右、3.9%左右，规模以上工业单位增加值能源消耗降低3.5%左右，非化石能源消费占比达到18.9%左右，重点领域和行业节能降碳改造形成节能量约5000万吨标准煤、减排二氧化碳约1.3亿吨。',
      '2025年，非化石能源消费占比达到20%左右，重点领域和行业节能降碳改造形成节能量约5000万吨标准煤、减排二氧化碳约1.3亿吨，尽最大努力完成“十四五”节能降碳约束性指标。',
      '二、重点任务',
      '（一）化石能源消费减量替代行动。严格合理控制煤炭消费。加强煤炭清洁高效利用，推动煤电低碳化改造和建设，推进煤电节能降碳改造、灵活性改造、供热改造“三改联动”。到2025年底，大气污染防治重点区域平原地区散煤基本清零，基本淘汰35蒸吨/小时及以下燃煤锅炉。',
    ].join('\n');
    expect(verdict('国务院关于印发《2024—2025年节能降碳行动方案》的通知_中国政府网', text)).toEqual({ isReport: true, reason: 'title' });
  });

  it('says no to a news list, a short notice and a news story with a figure or two', () => {
    const { document } = parseHTML(readFileSync(join(PAGES_DIR, 'news-list.html'), 'utf8'));
    const article = findArticle(document as unknown as Document);
    const listText = article ? buildTextIndex(article.root).text : (document.body?.textContent ?? '');
    expect(verdict(document.title, listText).isReport).toBe(false);

    expect(verdict('关于端午节放假的通知', '根据国务院办公厅通知精神，端午节放假1天，6月10日放假。')).toEqual({ isReport: false, reason: 'article too short' });

    const story = [
      '省政府召开常务会议研究部署近期重点工作',
      '6月12日，省长主持召开省政府常务会议，听取全省防汛抗旱工作情况汇报，研究部署近期重点工作。',
      '会议指出，今年以来全省各地认真贯彻落实党中央、国务院决策部署，扎实做好防汛抗旱各项工作，',
    ].join('').repeat(6);
    expect(verdict('省政府召开常务会议', story + '全省一季度地区生产总值同比增长5.8%。').isReport).toBe(false);
  });

  it('says no to a news story that quotes a plan by name in its first lines', () => {
    const story = [
      '市委中心组召开学习会，传达学习《粤港澳大湾区发展规划纲要》和《关于推进新型城市基础设施建设的实施意见》。',
      '会议强调，要深入学习领会文件精神，结合实际抓好贯彻落实。会上，有关部门负责同志作了交流发言。',
    ].join('').repeat(8);
    expect(verdict('市委中心组召开学习会', story + '今年一季度全市地区生产总值同比增长5.8%。').isReport).toBe(false);
  });
});
