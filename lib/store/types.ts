/**
 * The user's saved work: collections and the clips inside them. This is the shared contract of the store,
 * the exporters and the side panel (issue 4); the zod schemas in ./schemas.ts mirror these types exactly.
 * Plain data only (ISO strings for times), so that every value survives storage, messages and JSON files.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import type { Target } from '../targets/types';

export interface Collection {
  id: string;
  name: string;
  /** ISO 8601 times. */
  createdAt: string;
  /** Last change of the collection record itself (a rename); adding a clip does not touch it. */
  updatedAt: string;
}

export interface ClipSource {
  /** Normalised: no hash, no utm_* / spm / from / share tracking parameters (see normalizeUrl). */
  url: string;
  pageTitle: string;
  /** Host name of the page (www.gov.cn). */
  site: string;
  reportTitle: string | null;
  /** 北京市, 湖北省, 天门市, 东丽区, 全国 … (see regionOf). */
  region: string | null;
  year: number | null;
}

export type ClipKind = 'selection' | 'section' | 'target' | 'keyword';

export interface ClipSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface ClipKeyword {
  term: string;
  theme: string;
}

export interface Clip {
  id: string;
  collectionId: string;
  createdAt: string;
  updatedAt: string;
  kind: ClipKind;
  source: ClipSource;
  /** Title of the innermost section the clip is in. */
  section: string | null;
  /** The clipped text as read on the page. */
  text: string;
  note: string;
  tags: string[];
  /** Engine targets inside the clip; offsets relative to `text`. */
  targets: Target[];
  /** Distinct policy keywords inside the clip, in order of first occurrence. */
  keywords: ClipKeyword[];
  /** Where the clip is in the page's article text (W3C selectors). */
  selectors: ClipSelectors;
}

/** What a caller hands to addClip: the store fills in id, times and (unless given) the collection. */
export interface ClipInput {
  kind: ClipKind;
  source: ClipSource;
  section: string | null;
  text: string;
  targets: Target[];
  keywords: ClipKeyword[];
  selectors: ClipSelectors;
  note?: string;
  tags?: string[];
  /** Defaults to the current collection. */
  collectionId?: string;
}

/** The fields of a clip the user may edit after saving. */
export interface ClipPatch {
  note?: string;
  tags?: string[];
  section?: string | null;
}

/** A stored record that could not be read: reported to the caller and skipped, never deleted. */
export interface StoreProblem {
  /** Storage key without the area: clip:<id>, collection:<id>, store-meta. */
  key: string;
  /** One line: what is wrong with it. */
  reason: string;
}

export interface ClipList {
  clips: Clip[];
  problems: StoreProblem[];
}

export interface CollectionList {
  collections: Collection[];
  /** Number of readable clips per collection id (0 for an empty collection). */
  clipCounts: Record<string, number>;
  problems: StoreProblem[];
}

/** Everything deleteCollection / deleteClip removed, enough for undoDelete to put it back as it was. */
export type UndoToken =
  | { kind: 'collection'; collection: Collection; clips: Clip[] }
  | { kind: 'clip'; clips: Clip[] };

/** What changed in storage (from this or any other extension page): ids of changed records. */
export interface StoreChange {
  collections: string[];
  clips: string[];
  /** The current collection (store-meta) changed. */
  meta: boolean;
}

/** The exporter's view of the store: plain arrays, current record shapes. */
export interface StoreRecords {
  collections: Collection[];
  clips: Clip[];
}
