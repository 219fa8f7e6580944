// The real command, spawned: exit codes and streams as a shell or a batch script sees them.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseAnalysisDocument } from '../../lib/schema/analysis';

function extract(...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/extract.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/extract.ts', () => {
  it('prints a valid JSON document and exits 0', () => {
    const r = extract('tests/fixtures/html/gov-cn-ucap.html');
    expect(r.code).toBe(0);
    const doc = parseAnalysisDocument(JSON.parse(r.stdout));
    expect(doc.source?.method).toBe('readability');
    expect(doc.targets.some((t) => t.text === '城镇调查失业率控制在5%以内' && t.kind === 'target')).toBe(true);
  }, 60_000);

  it('exits 2 with one line and no stack trace for a missing file', () => {
    const r = extract('tests/fixtures/no-such-report.txt');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('extract: tests/fixtures/no-such-report.txt: no such file\n');
  }, 60_000);

  it('exits 2 for an unknown format', () => {
    const r = extract('tests/fixtures/corpus/reports/2022_天门市.txt', '--format', 'pdf');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: unknown --format "pdf" (json, csv or md)\n');
  }, 60_000);
});
