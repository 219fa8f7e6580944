import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The corpus copied from shared/ is what every other test reads; make sure it is complete and UTF-8.
describe('fixture corpus', () => {
  const root = join(__dirname, '../fixtures/corpus');
  it('holds the five flattened 2022 reports and the 31 provincial 2025 reports', () => {
    expect(readdirSync(join(root, 'reports')).filter((f) => f.endsWith('.txt'))).toHaveLength(5);
    expect(readdirSync(join(root, 'reports-2025-provinces')).filter((f) => f.endsWith('.txt'))).toHaveLength(31);
  });
  it('decodes every text as UTF-8 without replacement characters', () => {
    for (const dir of ['reports', 'reports-2025-provinces']) {
      for (const f of readdirSync(join(root, dir))) {
        const text = readFileSync(join(root, dir, f), 'utf8');
        expect(text.includes('\uFFFD'), f).toBe(false);
      }
    }
  });
});
