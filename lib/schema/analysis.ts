/**
 * The analysis document: what the CLI prints and what an export of one report holds. zod is used here
 * because this is where data crosses a boundary (printed, saved, imported again); inside lib/ the plain
 * types of lib/analysis-types.ts rule, and the schemas below are written to match them exactly (a test
 * checks the inferred types against them in both directions).
 */
import { z } from 'zod';
import type { Analysis } from '../analysis-types';

export const ANALYSIS_FORMAT = 'gov-report-analysis';
export const ANALYSIS_VERSION = 1;

/** UTF-16 offset into the analysed text. */
const offset = z.number().int().nonnegative();

function spanInOrder(v: { start: number; end: number }): boolean {
  return v.start <= v.end;
}
const SPAN_ORDER = { message: 'start must not be after end' };

export const comparisonSchema = z.enum(['about', 'atLeast', 'atMost', 'range', 'exact']);
export const targetKindSchema = z.enum(['target', 'result']);
export const sectionKindSchema = z.enum(['review', 'plan', 'other']);

export const targetSchema = z
  .object({
    text: z.string().describe('Source text of the whole mention, as in the analysed text'),
    start: offset,
    end: offset,
    indicator: z.string().describe('The measured thing as written: 地区生产总值, 城镇调查失业率 …'),
    direction: z.string().nullable().describe('增长 / 下降 / 控制在 / 新增 … or null'),
    value: z.number().nullable().describe('null when masked (X%, **亿元) or not numeric'),
    valueMax: z.number().nullable().describe('Upper bound when comparison is range'),
    unit: z.string(),
    qualifier: z.string().nullable().describe('左右 / 以上 / 以内 / 不低于 / 多 / 余 / 近 / 约 … or null'),
    comparison: comparisonSchema,
    kind: targetKindSchema.describe('target: a goal of the plan; result: an achievement'),
    masked: z.boolean(),
    period: z.string().nullable().describe("'2022', '今后五年', '到2025年', '十四五' … or null"),
    section: z.string().nullable(),
    sectionId: z.number().int().nonnegative().nullable(),
    headline: z.boolean().describe('Inside the headline target paragraph (主要预期目标)'),
    valueStart: offset,
    valueEnd: offset,
  })
  .refine(spanInOrder, SPAN_ORDER)
  .meta({ id: 'Target', description: 'A quantitative target or result: indicator, value, unit, qualifier, kind, period' });

export const sectionSchema = z
  .object({
    id: z.number().int().nonnegative(),
    title: z.string(),
    marker: z.string().describe('一、 （一） 1. 1、 一是 第一，'),
    level: z.number().int().min(1),
    headingStart: offset,
    headingEnd: offset,
    start: offset,
    end: offset,
    kind: sectionKindSchema,
    parentId: z.number().int().nonnegative().nullable(),
  })
  .refine(spanInOrder, SPAN_ORDER)
  .meta({ id: 'Section', description: 'A heading and its span; kind review / plan / other' });

export const keywordHitSchema = z
  .object({ start: offset, end: offset, term: z.string().min(1), theme: z.string() })
  .refine(spanInOrder, SPAN_ORDER)
  .meta({ id: 'KeywordHit', description: 'One occurrence of a policy keyword' });

export const spanSchema = z.object({ start: offset, end: offset }).refine(spanInOrder, SPAN_ORDER);

export const analysisSchema = z.object({
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  sections: z.array(sectionSchema),
  headline: spanSchema.nullable(),
  targets: z.array(targetSchema),
  keywords: z.array(keywordHitSchema),
});

/** How the article of an HTML page was found (see lib/dom/find-article.ts). */
export const extractionMethodSchema = z.enum(['readability', 'template', 'density']);

export const analysisSourceSchema = z.object({
  file: z.string().optional(),
  url: z.string().optional(),
  encoding: z.string().optional().describe('Encoding the file was read in (utf-8, gb18030 …)'),
  method: extractionMethodSchema.optional().describe('HTML input: how the article was found'),
  textLength: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('Length of the analysed text (for HTML input: of the extracted article text, which offsets refer to)'),
});

export const analysisDocumentSchema = analysisSchema
  .extend({
    format: z.literal(ANALYSIS_FORMAT),
    version: z.literal(ANALYSIS_VERSION),
    source: analysisSourceSchema.optional(),
  })
  .meta({
    title: 'Government work report analysis',
    description:
      'Targets, results, sections and policy keywords found in one Chinese government work report (政府工作报告). ' +
      'Offsets are UTF-16 code unit offsets into the analysed text.',
  });

export type AnalysisSource = z.infer<typeof analysisSourceSchema>;
export type AnalysisDocument = z.infer<typeof analysisDocumentSchema>;

/** Wrap an analysis as a versioned document; fields are listed so that the printed order is stable. */
export function toAnalysisDocument(analysis: Analysis, source?: AnalysisSource): AnalysisDocument {
  return {
    format: ANALYSIS_FORMAT,
    version: ANALYSIS_VERSION,
    ...(source ? { source } : {}),
    title: analysis.title,
    year: analysis.year,
    sections: analysis.sections,
    headline: analysis.headline,
    targets: analysis.targets,
    keywords: analysis.keywords,
  };
}

/** Read a document that came from outside (a file, an import): throws a ZodError when it does not fit. */
export function parseAnalysisDocument(data: unknown): AnalysisDocument {
  return analysisDocumentSchema.parse(data);
}
