import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { findArticle } from '../../lib/dom/find-article';
import { buildTextIndex } from '../../lib/dom/text-index';
import { type ExtractDeps, parseExtractArgs, runExtract } from '../../lib/io/run-extract';
import { parseAnalysisDocument } from '../../lib/schema/analysis';

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
const deps: ExtractDeps = { analyze, parseHtml };

function run(argv: string[], d: ExtractDeps = deps) {
  let stdout = '';
  let stderr = '';
  const code = runExtract(argv, { readFile: (p) => readFileSync(p), stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, d);
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'extract-test-'));
function tmpFile(name: string, content: Uint8Array | string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const xianyang = 'tests/fixtures/corpus/reports/2022_咸阳市.txt';

describe('runExtract: text files', () => {
  it('prints one JSON document, valid against the schema, with offsets into the file text', () => {
    const { code, stdout, stderr } = run([xianyang]);
    expect([code, stderr]).toEqual([0, '']);
    const doc = parseAnalysisDocument(JSON.parse(stdout));
    const text = readFileSync(xianyang, 'utf8');
    expect(doc.source).toEqual({ file: xianyang, encoding: 'utf-8', textLength: text.length });
    expect(doc.targets.length).toBeGreaterThan(10);
    for (const t of doc.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
    const gdp = doc.targets.find((t) => t.text.includes('地区生产总值增长7%左右'));
    expect(gdp).toMatchObject({ kind: 'target', value: 7, unit: '%' });
  });

  it('reads a GBK file', () => {
    const { code, stdout } = run(['tests/fixtures/text/2025年北京市-节选.gbk.txt', '--format', 'json']);
    expect(code).toBe(0);
    const doc = parseAnalysisDocument(JSON.parse(stdout));
    expect(doc.source?.encoding).toBe('gb18030');
    expect(doc.targets.some((t) => t.indicator.includes('地区生产总值') && t.value === 5.2)).toBe(true);
  });

  it('prints CSV and Markdown on request', () => {
    const csv = run([xianyang, '--format=csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFF序号,类型,指标,方向,数值')).toBe(true);
    expect(csv.stdout).toContain(',地区生产总值增长7%左右,');
    const md = run(['-f', 'md', xianyang]);
    expect(md.code).toBe(0);
    expect(md.stdout.startsWith('# 2022年咸阳市政府工作报告\n')).toBe(true);
  });
});

describe('runExtract: HTML pages', () => {
  it('analyses the article text only, and says how it was found', () => {
    const file = 'tests/fixtures/html/trs-editor-table.html';
    const { code, stdout } = run([file]);
    expect(code).toBe(0);
    const doc = parseAnalysisDocument(JSON.parse(stdout));
    const article = buildTextIndex(findArticle(parseHtml(readFileSync(file, 'utf8')))!.root).text;
    expect(doc.source).toMatchObject({ method: 'readability', textLength: article.length, encoding: 'utf-8' });
    expect(doc.title).toBe('2022年咸阳市政府工作报告');
    for (const t of doc.targets) expect(article.slice(t.start, t.end)).toBe(t.text);
    // the number split across <span>s is one target
    expect(doc.targets.find((t) => t.indicator === '规模以上工业增加值')).toMatchObject({ value: 7.5, qualifier: '左右' });
  });

  it('honours <meta charset=gb2312> on a GBK page', () => {
    const body = readFileSync('tests/fixtures/text/2025年北京市-节选.gbk.txt');
    const page = Buffer.concat([
      Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>x</title></head><body><div id="zoom"><p>'),
      body,
      Buffer.from('</p></div></body></html>'),
    ]);
    const { code, stdout } = run([tmpFile('gbk-page.htm', page)]);
    expect(code).toBe(0);
    const doc = parseAnalysisDocument(JSON.parse(stdout));
    expect(doc.source?.encoding).toBe('gb18030');
    expect(doc.targets.some((t) => t.text.includes('城镇调查失业率4.1%左右'))).toBe(true);
  });
});

describe('runExtract: bad input gives one line on stderr and exit code 2', () => {
  const cases: [string, string[], RegExp][] = [
    ['no FILE', [], /^extract: usage: /],
    ['missing file', ['tests/fixtures/nope.txt'], /no such file/],
    ['a directory', ['tests/fixtures'], /is a directory/],
    ['an empty file', [tmpFile('empty.txt', '')], /empty file/],
    ['a binary file', [tmpFile('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))], /binary file/],
    ['undecodable bytes', [tmpFile('latin1.txt', Buffer.from('Caf\u00e9 cr\u00e8me r\u00e9sum\u00e9', 'latin1'))], /cannot decode/],
    ['an unknown format', [xianyang, '--format', 'xml'], /unknown --format "xml"/],
    ['an unknown option', [xianyang, '--verbose'], /unknown option --verbose/],
    ['a page without an article', [tmpFile('links.html', '<html><body><div class="nav"><a href="/">首页</a><a href="/a">政务公开</a></div><div class="footer">版权所有 京ICP备12345678号</div></body></html>')], /no article found/],
  ];
  it.each(cases)('%s', (_name, argv, message) => {
    const { code, stdout, stderr } = run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a failure of the engine as an internal error (exit 1), still on one line', () => {
    const broken: ExtractDeps = {
      parseHtml,
      analyze: () => {
        throw new Error('boom\nwith a second line');
      },
    };
    const { code, stderr } = run([xianyang], broken);
    expect(code).toBe(1);
    expect(stderr).toBe('extract: internal error: boom with a second line\n');
  });
});

describe('parseExtractArgs', () => {
  it('takes --format, --format= and -f, json by default', () => {
    expect(parseExtractArgs(['a.txt'])).toEqual({ file: 'a.txt', format: 'json' });
    expect(parseExtractArgs(['--format=md', 'a.txt'])).toEqual({ file: 'a.txt', format: 'md' });
    expect(parseExtractArgs(['--', 'a.txt', '-f', 'csv'])).toEqual({ file: 'a.txt', format: 'csv' });
    expect(() => parseExtractArgs(['a.txt', 'b.txt'])).toThrow(/only one FILE/);
    expect(() => parseExtractArgs(['a.txt', '--format'])).toThrow(/needs a value/);
  });
});
