/**
 * Clips as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), so that other annotation
 * tools (Hypothesis, Recogito, any reader of the model) can read them: one AnnotationCollection whose
 * first AnnotationPage holds one Annotation per clip. Each annotation targets the clip's page with the
 * clip's TextQuoteSelector and TextPositionSelector (positions count UTF-16 code units of the page's
 * article text, as extracted by the extension — the quote is the part other tools should rely on), the
 * note as a commenting TextualBody and each tag as a tagging TextualBody.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import type { Clip } from '../store/types';
import { type CollectionData, selectCollection } from './collection-json';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format: 'text/plain';
  language?: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: {
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: WebAnnotation[];
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: AnnotationPage;
}

export interface WebAnnotationOptions {
  /** Only this collection; every clip when absent or null. */
  collectionId?: string | null;
  /** Label of the AnnotationCollection when everything is exported (one collection uses its own name). */
  allLabel?: string;
  /** Language tag of notes and tags; zh by default (the reports and most notes are Chinese). */
  language?: string;
}

/**
 * An IRI for a record id. The model requires IRIs; store ids are UUIDs, which have their own URN
 * scheme. Any other id (an imported file's) is kept readable under a scheme of our own.
 */
export function recordIri(kind: 'clip' | 'collection', id: string): string {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  return `urn:gov-report-reader:${kind}:${encodeURIComponent(id)}`;
}

/** One clip as an Annotation: no body when there is neither note nor tag (then it is a highlight). */
export function clipToAnnotation(clip: Clip, language = 'zh'): WebAnnotation {
  const body: TextualBody[] = [];
  const note = clip.note.trim();
  if (note !== '') body.push({ type: 'TextualBody', value: clip.note, purpose: 'commenting', format: 'text/plain', language });
  for (const tag of clip.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging', format: 'text/plain', language });
  const { quote, position } = clip.selectors;
  return {
    id: recordIri('clip', clip.id),
    type: 'Annotation',
    motivation: note !== '' ? 'commenting' : 'highlighting',
    created: clip.createdAt,
    modified: clip.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: clip.source.url,
      // Copied field by field: a stored record may carry extra keys that are not part of the model.
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

/** One collection (or everything) as an AnnotationCollection with its annotations in a single page. */
export function collectionToWebAnnotation(data: CollectionData, options: WebAnnotationOptions = {}): AnnotationCollection {
  const collectionId = options.collectionId ?? null;
  const { collections, clips } = selectCollection(data, collectionId);
  const one = collectionId === null ? null : collections[0]!;
  const id = one ? recordIri('collection', one.id) : 'urn:gov-report-reader:collections:all';
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: one ? one.name : (options.allLabel ?? '全部合集'),
    total: clips.length,
    first: {
      // A page id of our own scheme: a urn:uuid cannot be extended with a page number.
      id: `urn:gov-report-reader:collection-page:${encodeURIComponent(one ? one.id : 'all')}:0`,
      type: 'AnnotationPage',
      partOf: id,
      startIndex: 0,
      items: clips.map((c) => clipToAnnotation(c, options.language ?? 'zh')),
    },
  };
}

/** The JSON-LD text (pretty-printed), ready to save as .jsonld. */
export function collectionToWebAnnotationJson(data: CollectionData, options: WebAnnotationOptions = {}): string {
  return JSON.stringify(collectionToWebAnnotation(data, options), null, 2) + '\n';
}
