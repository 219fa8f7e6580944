import { describe, expect, it } from 'vitest';
import { anchor } from '../../lib/anchoring/anchor';
import {
  ANNOTATION_CONTEXT,
  clipToAnnotation,
  collectionToWebAnnotation,
  collectionToWebAnnotationJson,
  recordIri,
} from '../../lib/export/web-annotation';
import { cities, hubei, provinces, sampleData } from './collection-sample-clips';

/**
 * The MUSTs of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) that apply to
 * what we write, checked on the parsed JSON: a list of problems, empty when the document conforms.
 */
function modelProblems(doc: Record<string, any>): string[] {
  const problems: string[] = [];
  const iri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);
  const isoTime = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v)) && /T.*(Z|[+-]\d\d:\d\d)$/.test(v);
  if (doc['@context'] !== ANNOTATION_CONTEXT) problems.push('collection @context');
  if (!iri(doc.id)) problems.push('collection id is not an IRI');
  if (doc.type !== 'AnnotationCollection') problems.push('collection type');
  if (doc.first?.type !== 'AnnotationPage' || !Array.isArray(doc.first.items)) problems.push('first page');
  if (doc.first?.partOf !== doc.id) problems.push('page partOf');
  if (doc.total !== doc.first?.items?.length) problems.push('total');
  (doc.first?.items ?? []).forEach((a: Record<string, any>, i: number) => {
    const at = `items[${i}]`;
    if (!iri(a.id)) problems.push(`${at} id is not an IRI`);
    if (a.type !== 'Annotation') problems.push(`${at} type`);
    if (!isoTime(a.created) || !isoTime(a.modified)) problems.push(`${at} created/modified`);
    if (!['commenting', 'highlighting', 'tagging', 'bookmarking'].includes(a.motivation)) problems.push(`${at} motivation`);
    for (const b of a.body ?? []) {
      if (b.type !== 'TextualBody' || typeof b.value !== 'string') problems.push(`${at} body`);
      if (!['commenting', 'tagging'].includes(b.purpose)) problems.push(`${at} body purpose`);
    }
    const t = a.target;
    if (!t || !iri(t.source)) problems.push(`${at} target source`);
    const selectors: Record<string, any>[] = Array.isArray(t?.selector) ? t.selector : [];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    if (!quote || typeof quote.exact !== 'string' || typeof quote.prefix !== 'string' || typeof quote.suffix !== 'string') problems.push(`${at} quote`);
    if (!position || !Number.isInteger(position.start) || !Number.isInteger(position.end) || position.start > position.end) problems.push(`${at} position`);
    for (const s of selectors) if (Object.keys(s).some((k) => !['type', 'exact', 'prefix', 'suffix', 'start', 'end'].includes(k))) problems.push(`${at} selector keys`);
  });
  return problems;
}

describe('collectionToWebAnnotation', () => {
  const data = sampleData();

  it('writes every clip of everything as a conforming AnnotationCollection', () => {
    const doc = JSON.parse(collectionToWebAnnotationJson(data));
    expect(modelProblems(doc)).toEqual([]);
    expect(doc.total).toBe(6);
    expect(doc.label).toBe('全部合集');
    expect(doc.id).toBe('urn:gov-report-reader:collections:all');
  });

  it('one collection: labelled with its name, identified by its uuid', () => {
    const doc = collectionToWebAnnotation(data, { collectionId: cities.id });
    expect(modelProblems(JSON.parse(JSON.stringify(doc)))).toEqual([]);
    expect(doc.label).toBe(cities.name);
    expect(doc.id).toBe(`urn:uuid:${cities.id}`);
    expect(doc.first.items.map((a) => a.target.source)).toEqual(data.clips.slice(4).map((c) => c.source.url));
  });

  it('a clip with a note: commenting body, tags as tagging bodies, both selectors, times', () => {
    const clip = data.clips[0]!;
    const a = clipToAnnotation(clip);
    expect(a).toEqual({
      id: `urn:uuid:${clip.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-11-02T01:20:00.000Z',
      modified: '2026-11-04T12:00:00.000Z',
      body: [
        { type: 'TextualBody', value: clip.note, purpose: 'commenting', format: 'text/plain', language: 'zh' },
        { type: 'TextualBody', value: 'GDP', purpose: 'tagging', format: 'text/plain', language: 'zh' },
        { type: 'TextualBody', value: '就业', purpose: 'tagging', format: 'text/plain', language: 'zh' },
        { type: 'TextualBody', value: '主要预期目标', purpose: 'tagging', format: 'text/plain', language: 'zh' },
      ],
      target: { source: clip.source.url, selector: [clip.selectors.quote, clip.selectors.position] },
    });
  });

  it('a clip with neither note nor tags is a highlight without body', () => {
    const a = clipToAnnotation(data.clips[3]!);
    expect(a.motivation).toBe('highlighting');
    expect('body' in a).toBe(false);
  });

  it('the exported selectors find the clip again in the report text', () => {
    const doc = collectionToWebAnnotation(data, { collectionId: provinces.id });
    const hubeiItems = doc.first.items.filter((a) => a.target.source === hubei.source.url);
    expect(hubeiItems).toHaveLength(3);
    for (const a of hubeiItems) {
      const [quote, position] = a.target.selector;
      const found = anchor(hubei.text, a.target.selector);
      expect(found).toMatchObject({ status: 'exact', start: position.start, end: position.end });
      expect(hubei.text.slice(position.start, position.end)).toBe(quote.exact);
    }
  });

  it('record ids become IRIs: uuids as urn:uuid, anything else under our own scheme', () => {
    expect(recordIri('clip', 'C0000001-0000-4000-8000-000000000001')).toBe('urn:uuid:c0000001-0000-4000-8000-000000000001');
    expect(recordIri('clip', 'imported 7/2')).toBe('urn:gov-report-reader:clip:imported%207%2F2');
    const odd = { ...data.clips[5]!, id: 'clip 6' };
    const doc = JSON.parse(JSON.stringify(collectionToWebAnnotation({ collections: [cities], clips: [odd] })));
    expect(modelProblems(doc)).toEqual([]);
  });
});
