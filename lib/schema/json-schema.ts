/**
 * The published JSON Schema files, generated from the zod schemas (never edited by hand):
 * `npm run schema` writes them to public/schemas/, so they ship in the repo and in the extension.
 */
import { z } from 'zod';
import { analysisDocumentSchema } from './analysis';

export interface SchemaFile {
  /** Path relative to the repository root. */
  path: string;
  content: string;
}

export function schemaFiles(): SchemaFile[] {
  const analysis = z.toJSONSchema(analysisDocumentSchema, { target: 'draft-2020-12' });
  return [{ path: 'public/schemas/analysis.schema.json', content: JSON.stringify(analysis, null, 2) + '\n' }];
}
