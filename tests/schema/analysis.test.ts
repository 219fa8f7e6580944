import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Analysis } from '../../lib/analysis-types';
import type { KeywordHit } from '../../lib/keywords/types';
import type { Section } from '../../lib/outline/types';
import {
  analysisDocumentSchema,
  analysisSchema,
  keywordHitSchema,
  parseAnalysisDocument,
  sectionSchema,
  targetSchema,
  toAnalysisDocument,
} from '../../lib/schema/analysis';
import { schemaFiles } from '../../lib/schema/json-schema';
import type { Target } from '../../lib/targets/types';
import { sampleAnalysis } from '../export/sample-analysis';

// Compile-time: `tsc --noEmit` fails if a schema and its TypeScript type drift apart (either direction).
type Both<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const targetMatches: Both<z.infer<typeof targetSchema>, Target> = true;
const sectionMatches: Both<z.infer<typeof sectionSchema>, Section> = true;
const keywordMatches: Both<z.infer<typeof keywordHitSchema>, KeywordHit> = true;
const analysisMatches: Both<z.infer<typeof analysisSchema>, Analysis> = true;

describe('analysis schema', () => {
  it('has inferred types equal to the engine types', () => {
    expect([targetMatches, sectionMatches, keywordMatches, analysisMatches]).toEqual([true, true, true, true]);
    expectTypeOf<z.infer<typeof targetSchema>>().toEqualTypeOf<Target>();
    expectTypeOf<z.infer<typeof analysisSchema>>().toEqualTypeOf<Analysis>();
  });

  it('accepts a typed analysis wrapped as a document, unchanged', () => {
    const doc = toAnalysisDocument(sampleAnalysis, { file: '2025年北京市.txt', encoding: 'utf-8', textLength: 900 });
    expect(doc.format).toBe('gov-report-analysis');
    expect(doc.version).toBe(1);
    expect(parseAnalysisDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    expect(Object.keys(doc)).toEqual(['format', 'version', 'source', 'title', 'year', 'sections', 'headline', 'targets', 'keywords']);
  });

  it('leaves source out when there is none', () => {
    expect('source' in toAnalysisDocument(sampleAnalysis)).toBe(false);
    expect(analysisDocumentSchema.safeParse(toAnalysisDocument(sampleAnalysis)).success).toBe(true);
  });

  it('rejects documents that break the contract', () => {
    const doc = toAnalysisDocument(sampleAnalysis);
    const t0 = sampleAnalysis.targets[0]!;
    const bad = (patch: Partial<Target>) => ({ ...doc, targets: [{ ...t0, ...patch }] });
    expect(analysisDocumentSchema.safeParse(bad({ comparison: 'roughly' as Target['comparison'] })).success).toBe(false);
    expect(analysisDocumentSchema.safeParse(bad({ start: t0.end + 1 })).success).toBe(false);
    expect(analysisDocumentSchema.safeParse(bad({ start: -1 })).success).toBe(false);
    expect(analysisDocumentSchema.safeParse(bad({ value: Number.POSITIVE_INFINITY })).success).toBe(false);
    expect(analysisDocumentSchema.safeParse({ ...doc, format: 'something-else' }).success).toBe(false);
    expect(analysisDocumentSchema.safeParse({ ...doc, version: 2 }).success).toBe(false);
    const { targets: _dropped, ...noTargets } = doc;
    expect(analysisDocumentSchema.safeParse(noTargets).success).toBe(false);
  });
});

describe('published JSON Schema', () => {
  it('is what `npm run schema` generates now (run it after changing lib/schema)', () => {
    for (const file of schemaFiles()) {
      expect(readFileSync(file.path, 'utf8'), file.path).toBe(file.content);
    }
  });

  it('describes the document: required fields, the target definition, the enums', () => {
    const json = JSON.parse(readFileSync('public/schemas/analysis.schema.json', 'utf8'));
    expect(json.required).toEqual(expect.arrayContaining(['format', 'version', 'title', 'sections', 'targets', 'keywords']));
    expect(json.properties.format.const).toBe('gov-report-analysis');
    expect(json.$defs.Target.required).toEqual(
      expect.arrayContaining(['text', 'indicator', 'value', 'unit', 'qualifier', 'comparison', 'kind', 'masked', 'period', 'section', 'start', 'end']),
    );
    expect(json.$defs.Target.properties.comparison.enum).toEqual(['about', 'atLeast', 'atMost', 'range', 'exact']);
  });
});
