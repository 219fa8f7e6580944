import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../lib/keywords/fold';
import { LEXICON, TERMS_BY_THEME } from '../../lib/keywords/lexicon';
import { findThemeConflicts } from '../../lib/keywords/matcher';
import { BUILT_IN_THEME_IDS, THEMES } from '../../lib/keywords/themes';

const corpusDir = join(__dirname, '../fixtures/corpus');
const corpusTexts = [
  ...readdirSync(corpusDir).filter((name) => name.endsWith('.txt')),
  ...['reports', 'reports-2025-provinces'].flatMap((folder) =>
    readdirSync(join(corpusDir, folder)).map((name) => join(folder, name)),
  ),
].map((path) => foldText(readFileSync(join(corpusDir, path), 'utf8')));

describe('the built-in lexicon', () => {
  it('has at least 450 terms in at least 10 themes, each theme with a fair share', () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(450);
    expect(Object.keys(TERMS_BY_THEME).length).toBeGreaterThanOrEqual(10);
    for (const [theme, terms] of Object.entries(TERMS_BY_THEME)) {
      expect(terms.length, theme).toBeGreaterThanOrEqual(40);
    }
  });

  it('uses exactly the built-in themes, and every theme has labels and a hex colour', () => {
    expect(Object.keys(TERMS_BY_THEME).sort()).toEqual([...BUILT_IN_THEME_IDS].sort());
    expect(THEMES.map((theme) => theme.id)).toEqual([...BUILT_IN_THEME_IDS]);
    for (const theme of THEMES) {
      expect(theme.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(theme.zh).toMatch(/\p{Script=Han}/u);
      expect(theme.en).toMatch(/^[A-Z][A-Za-z' -]+$/);
      expect(theme.color).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(new Set(THEMES.map((theme) => theme.zh)).size).toBe(THEMES.length);
  });

  it('contains the nine themes readers track, by their Chinese names', () => {
    const names = THEMES.map((theme) => theme.zh);
    for (const name of ['总基调与理念', '改革开放', '创新与产业', '投资与项目', '绿色低碳', '民生', '乡村与区域', '安全与风险', '党建与治理']) {
      expect(names).toContain(name);
    }
  });

  it('has no duplicate term, not even one that differs only in width or case', () => {
    const keys = LEXICON.map((entry) => foldText(entry.term));
    const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(duplicates).toEqual([]);
    expect(findThemeConflicts(LEXICON)).toEqual([]);
  });

  it('writes terms in normalised form: no spaces, quotes, half-width , : ; ( ) or full-width letters/digits', () => {
    const offending = LEXICON.map((entry) => entry.term).filter(
      (term) => term !== term.trim() || /[\s“”‘’"',:;()\uff01-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff5e]/u.test(term),
    );
    expect(offending).toEqual([]);
  });

  it('contains the current vocabulary of 2024–2025 reports', () => {
    const terms = new Set(LEXICON.map((entry) => entry.term));
    for (const term of ['新质生产力', '人工智能+', '两重', '两新', '两重两新', '低空经济', '以旧换新', '未来产业', '城市更新', '银发经济', '首发经济', '投资于人', '高效办成一件事', '零基预算', '内卷式竞争']) {
      expect(terms, term).toContain(term);
    }
  });

  it('leaves generic words out', () => {
    const terms = new Set(LEXICON.map((entry) => entry.term));
    for (const word of ['发展', '工作', '建设', '改革', '创新', '就业', '消费', '旅游', '养老', '农村', '安全', '项目', '投资']) {
      expect(terms.has(word), word).toBe(false);
    }
  });

  it('takes most terms from real reports: at least 95% occur in the corpus', () => {
    const found = LEXICON.filter((entry) => {
      const key = foldText(entry.term);
      return corpusTexts.some((text) => text.includes(key));
    });
    expect(found.length / LEXICON.length).toBeGreaterThanOrEqual(0.95);
  });

  it('nests a term inside a longer term of another theme only where that is deliberate', () => {
    // Each pair: the shorter term, the longer one that contains it. The longer one wins where both match,
    // so the longer term's theme is the one the reader sees; every pair here was checked for that.
    const deliberate = new Set([
      '高质量发展 < 制造业高质量发展',
      '高质量发展 < 黄河流域生态保护和高质量发展',
      '高质量发展 < 人口高质量发展',
      '因地制宜 < 因地制宜发展新质生产力',
      '经营主体 < 新型农业经营主体',
      '产权保护 < 知识产权保护',
      '产业链 < 产业链供应链安全',
      '供应链 < 产业链供应链安全',
      '产业链供应链 < 产业链供应链安全',
      '龙头企业 < 农业产业化龙头企业',
      '项目审批 < 工程建设项目审批制度改革',
      '生活污水 < 农村生活污水',
      '新能源 < 新能源汽车',
      '新能源 < 智能网联新能源汽车',
      '中心城市 < 国际消费中心城市',
      '中心城市 < 区域消费中心城市',
      '中心城市 < 消费中心城市',
      '安全屏障 < 生态安全屏障',
      '三保 < 两不愁三保障',
      '三保 < 三保障',
      '生态安全 < 生态安全屏障',
      '文旅融合 < 农文旅融合',
      '化债 < 市场化债转股',
      '高质量发展 < 民营经济高质量发展',
      '经济高质量发展 < 民营经济高质量发展',
      '养老金 < 养老金融',
    ]);
    const crossTheme: string[] = [];
    for (const short of LEXICON) {
      for (const long of LEXICON) {
        if (short.term !== long.term && long.term.includes(short.term) && short.theme !== long.theme) {
          crossTheme.push(`${short.term} < ${long.term}`);
        }
      }
    }
    expect(new Set(crossTheme)).toEqual(deliberate);
  });
});
