/**
 * Import of a collections export file, in two pure steps so that nothing is written before the whole
 * file has been read and checked:
 *
 *   planImport(existing, fileText) → { add, merge, rejected, report }
 *   applyImport(existing, plan)    → the records to write (and the state after writing them)
 *
 * The store writes `write.collections` / `write.clips` (upserts by id); it never has to merge anything.
 *
 * Duplicates are merged, not doubled: a collection is the same when its id matches, or else when its name
 * matches (trimmed); a clip is the same when its id matches, or else when it quotes the same passage of the
 * same page (same quote, prefix and suffix; address compared without scheme, www. and tracking
 * parameters) in the same collection. A merge keeps the existing id and the earliest creation time, takes
 * the fields of whichever record was changed last, and keeps the tags of both.
 *
 * A file that is not JSON, not ours, from a newer version, or (by default) with any bad record is refused
 * as a whole with a one-line message, and the plan then adds and merges nothing.
 */
import {
  COLLECTIONS_FORMAT,
  COLLECTIONS_VERSION,
  clipSchema,
  collectionSchema,
} from '../schema/collection-export';
import { urlMatchKey } from '../store/clip-source';
import type { Clip, Collection } from '../store/types';
import type { CollectionData } from './collection-json';

export interface ImportRejection {
  /** Index of the record in its array of the file (`collections` or `clips`). */
  index: number;
  record: 'collection' | 'clip';
  /** One line: which field and what is wrong. */
  reason: string;
}

export interface ImportCounts {
  collections: number;
  clips: number;
}

export interface ImportReport {
  /** False when the file was refused: nothing is added or merged. */
  ok: boolean;
  /** New records. */
  added: ImportCounts;
  /** Records of the file that matched one already there (or earlier in the file) and changed it. */
  merged: ImportCounts;
  /** Records of the file that matched one already there and brought nothing new. */
  unchanged: ImportCounts;
  rejected: number;
  /** One line for the user, in Chinese and in English. */
  message: string;
  messageEn: string;
}

export interface ImportPlan {
  /** Records to create, ids as in the file (clips re-pointed to the collection they were merged into). */
  add: { collections: Collection[]; clips: Clip[] };
  /** New versions of records that exist already (same id as the existing record). */
  merge: { collections: Collection[]; clips: Clip[] };
  rejected: ImportRejection[];
  report: ImportReport;
}

export interface ImportOptions {
  /**
   * Import the valid records of a file that also has bad ones (they are listed in `rejected`). Off by
   * default: a file with a bad record is refused whole, since it was probably edited by hand or damaged.
   */
  acceptValid?: boolean;
}

const NONE: ImportCounts = { collections: 0, clips: 0 };

function refused(message: string, messageEn: string, rejected: ImportRejection[] = []): ImportPlan {
  return {
    add: { collections: [], clips: [] },
    merge: { collections: [], clips: [] },
    rejected,
    report: { ok: false, added: NONE, merged: NONE, unchanged: NONE, rejected: rejected.length, message, messageEn },
  };
}

/** JSON.parse's message, cut to its first line and a readable length. */
function shortError(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? line.slice(0, 117) + '…' : line;
}

/** The first zod issue as `path: message` on one line. */
function firstIssue(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return (path ? `${path}: ` : '') + issue.message.split('\n')[0];
}

/** Explains what a JSON document that is not our export is, so the user knows which file to pick instead. */
function whatIsIt(doc: unknown): { zh: string; en: string } {
  if (Array.isArray(doc)) {
    return {
      zh: '这是一个数组（可能是“导出指标”文件），不是合集导出文件',
      en: 'this is an array (perhaps a targets export), not a collections export',
    };
  }
  if (typeof doc !== 'object' || doc === null) return { zh: '不是合集导出文件', en: 'not a collections export file' };
  const o = doc as Record<string, unknown>;
  if ('@context' in o || o.type === 'AnnotationCollection') {
    return { zh: '这是 Web Annotation 文件，只能导入合集 JSON 文件', en: 'this is a Web Annotation file; only collections JSON can be imported' };
  }
  if (o.format === 'gov-report-analysis') {
    return { zh: '这是单篇报告的分析文件，不是合集导出文件', en: 'this is a single report analysis, not a collections export' };
  }
  const format = typeof o.format === 'string' ? o.format : '（无）';
  return {
    zh: `文件格式是 ${format}，应为 ${COLLECTIONS_FORMAT}`,
    en: `file format is ${typeof o.format === 'string' ? o.format : '(none)'}, expected ${COLLECTIONS_FORMAT}`,
  };
}

/** Structural equality of plain JSON data (records are compared to tell a real merge from a repeat). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameData(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData((a as never)[k], (b as never)[k]));
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}
function earlier(a: string, b: string): string {
  return time(b) < time(a) ? b : a;
}
function later(a: string, b: string): string {
  return time(b) > time(a) ? b : a;
}

function nameKey(name: string): string {
  return name.normalize('NFC').trim();
}

function mergeCollection(existing: Collection, incoming: Collection): Collection {
  const newer = time(incoming.updatedAt) > time(existing.updatedAt) ? incoming : existing;
  return {
    id: existing.id,
    name: newer.name,
    createdAt: earlier(existing.createdAt, incoming.createdAt),
    updatedAt: later(existing.updatedAt, incoming.updatedAt),
  };
}

function mergeClip(existing: Clip, incoming: Clip): Clip {
  const newer = time(incoming.updatedAt) > time(existing.updatedAt) ? incoming : existing;
  const tags = [...existing.tags];
  for (const tag of incoming.tags) if (!tags.includes(tag)) tags.push(tag);
  return {
    ...newer,
    id: existing.id,
    // Content matches are only looked for inside one collection; an id match follows the newer record.
    collectionId: newer.collectionId,
    createdAt: earlier(existing.createdAt, incoming.createdAt),
    updatedAt: later(existing.updatedAt, incoming.updatedAt),
    tags,
  };
}

function contentKey(clip: Clip): string {
  const q = clip.selectors.quote;
  return [clip.collectionId, urlMatchKey(clip.source.url), q.exact, q.prefix, q.suffix].join('\u0000');
}

/** Working state while planning: existing records plus what the file has added so far. */
class MergeState {
  readonly collections = new Map<string, Collection>();
  readonly clips = new Map<string, Clip>();
  readonly byName = new Map<string, string>();
  readonly byContent = new Map<string, string>();
  /** Ids of records that existed before the import (their new versions go to `merge`). */
  readonly existingCollections = new Set<string>();
  readonly existingClips = new Set<string>();

  constructor(existing: CollectionData) {
    for (const c of existing.collections) {
      this.collections.set(c.id, c);
      this.existingCollections.add(c.id);
      if (!this.byName.has(nameKey(c.name))) this.byName.set(nameKey(c.name), c.id);
    }
    for (const c of existing.clips) {
      this.clips.set(c.id, c);
      this.existingClips.add(c.id);
      if (!this.byContent.has(contentKey(c))) this.byContent.set(contentKey(c), c.id);
    }
  }

  putCollection(c: Collection): void {
    this.collections.set(c.id, c);
    this.byName.set(nameKey(c.name), c.id);
  }

  putClip(c: Clip, previous?: Clip): void {
    if (previous) this.byContent.delete(contentKey(previous));
    this.clips.set(c.id, c);
    this.byContent.set(contentKey(c), c.id);
  }
}

/** Read, check and plan an import of `fileText` into `existing`. Pure: nothing is written. */
export function planImport(existing: CollectionData, fileText: string, options: ImportOptions = {}): ImportPlan {
  const text = fileText.replace(/^\uFEFF/, '').trim();
  if (text === '') return refused('导入失败：文件是空的', 'Import failed: the file is empty');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return refused(`导入失败：不是有效的 JSON 文件（${shortError(e)}）`, `Import failed: not a valid JSON file (${shortError(e)})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || (doc as { format?: unknown }).format !== COLLECTIONS_FORMAT) {
    const what = whatIsIt(doc);
    return refused(`导入失败：${what.zh}`, `Import failed: ${what.en}`);
  }
  const envelope = doc as Record<string, unknown>;
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refused('导入失败：文件的版本号无效', 'Import failed: the file has no valid version number');
  }
  if (version > COLLECTIONS_VERSION) {
    return refused(
      `导入失败：文件来自更新的版本（格式版本 ${version}），请先更新扩展`,
      `Import failed: the file comes from a newer version (format version ${version}); update the extension first`,
    );
  }
  if (!Array.isArray(envelope.collections) || !Array.isArray(envelope.clips)) {
    return refused('导入失败：文件缺少 collections 或 clips 列表', 'Import failed: the file lacks the collections or clips list');
  }

  // 1. Every record on its own.
  const rejected: ImportRejection[] = [];
  const collections: Collection[] = [];
  envelope.collections.forEach((raw, index) => {
    const r = collectionSchema.safeParse(raw);
    if (r.success) collections.push(r.data);
    else rejected.push({ index, record: 'collection', reason: firstIssue(r.error) });
  });
  const clips: { clip: Clip; index: number }[] = [];
  envelope.clips.forEach((raw, index) => {
    const r = clipSchema.safeParse(raw);
    if (r.success) clips.push({ clip: r.data, index });
    else rejected.push({ index, record: 'clip', reason: firstIssue(r.error) });
  });

  // 2. Every clip must land in a collection: one of the file's valid ones, or one that exists already.
  const known = new Set([...collections.map((c) => c.id), ...existing.collections.map((c) => c.id)]);
  const placed = clips.filter(({ clip, index }) => {
    if (known.has(clip.collectionId)) return true;
    rejected.push({ index, record: 'clip', reason: `collectionId: collection ${clip.collectionId} is neither in the file nor saved` });
    return false;
  });

  rejected.sort((a, b) => (a.record === b.record ? a.index - b.index : a.record === 'collection' ? -1 : 1));
  if (rejected.length > 0 && !options.acceptValid) {
    const first = rejected[0]!;
    const which = first.record === 'collection' ? '合集' : '剪藏';
    return refused(
      `导入失败：${rejected.length} 条记录无效，未导入任何内容（第 ${first.index + 1} 条${which}：${first.reason}）`,
      `Import failed: ${rejected.length} invalid record${rejected.length === 1 ? '' : 's'}, nothing imported (${first.record} ${first.index + 1}: ${first.reason})`,
      rejected,
    );
  }

  // 3. Merge against the existing records and against what the file added before.
  const state = new MergeState(existing);
  const added = { collections: new Map<string, Collection>(), clips: new Map<string, Clip>() };
  const merged = { collections: new Map<string, Collection>(), clips: new Map<string, Clip>() };
  const counts = { added: { ...NONE }, merged: { ...NONE }, unchanged: { ...NONE } };
  const collectionIdMap = new Map<string, string>();

  for (const incoming of collections) {
    const matchId = state.collections.has(incoming.id) ? incoming.id : state.byName.get(nameKey(incoming.name));
    if (matchId === undefined) {
      state.putCollection(incoming);
      added.collections.set(incoming.id, incoming);
      collectionIdMap.set(incoming.id, incoming.id);
      counts.added.collections++;
      continue;
    }
    collectionIdMap.set(incoming.id, matchId);
    const current = state.collections.get(matchId)!;
    const next = mergeCollection(current, { ...incoming, id: matchId });
    if (sameData(next, current)) {
      counts.unchanged.collections++;
      continue;
    }
    counts.merged.collections++;
    state.byName.delete(nameKey(current.name));
    state.putCollection(next);
    (state.existingCollections.has(matchId) ? merged : added).collections.set(matchId, next);
  }

  for (const { clip: raw } of placed) {
    const incoming: Clip = { ...raw, collectionId: collectionIdMap.get(raw.collectionId) ?? raw.collectionId };
    const matchId = state.clips.has(incoming.id) ? incoming.id : state.byContent.get(contentKey(incoming));
    if (matchId === undefined) {
      state.putClip(incoming);
      added.clips.set(incoming.id, incoming);
      counts.added.clips++;
      continue;
    }
    const current = state.clips.get(matchId)!;
    const next = mergeClip(current, incoming);
    if (sameData(next, current)) {
      counts.unchanged.clips++;
      continue;
    }
    counts.merged.clips++;
    state.putClip(next, current);
    (state.existingClips.has(matchId) ? merged : added).clips.set(matchId, next);
  }

  const n = counts;
  const skipped = rejected.length > 0 ? `；跳过无效记录 ${rejected.length} 条` : '';
  const skippedEn = rejected.length > 0 ? `; skipped ${rejected.length} invalid` : '';
  return {
    add: { collections: [...added.collections.values()], clips: [...added.clips.values()] },
    merge: { collections: [...merged.collections.values()], clips: [...merged.clips.values()] },
    rejected,
    report: {
      ok: true,
      added: n.added,
      merged: n.merged,
      unchanged: n.unchanged,
      rejected: rejected.length,
      message:
        `导入完成：新增 ${n.added.collections} 个合集、${n.added.clips} 条剪藏；` +
        `合并 ${n.merged.collections} 个合集、${n.merged.clips} 条剪藏；` +
        `已存在 ${n.unchanged.collections} 个合集、${n.unchanged.clips} 条剪藏${skipped}`,
      messageEn:
        `Imported: added ${n.added.collections} collections, ${n.added.clips} clips; ` +
        `merged ${n.merged.collections} collections, ${n.merged.clips} clips; ` +
        `already there ${n.unchanged.collections} collections, ${n.unchanged.clips} clips${skippedEn}`,
    },
  };
}

export interface AppliedImport {
  /** Upserts for the store, by id: the merged versions of existing records, then the new ones. */
  write: { collections: Collection[]; clips: Clip[] };
  /** All records after the import: existing ones in their order (merged in place), new ones after. */
  collections: Collection[];
  clips: Clip[];
}

/** Apply a plan to the records it was planned against. Pure: returns what to write, writes nothing. */
export function applyImport(existing: CollectionData, plan: ImportPlan): AppliedImport {
  if (!plan.report.ok) return { write: { collections: [], clips: [] }, collections: [...existing.collections], clips: [...existing.clips] };
  const mergedCollections = new Map(plan.merge.collections.map((c) => [c.id, c]));
  const mergedClips = new Map(plan.merge.clips.map((c) => [c.id, c]));
  return {
    write: {
      collections: [...plan.merge.collections, ...plan.add.collections],
      clips: [...plan.merge.clips, ...plan.add.clips],
    },
    collections: [...existing.collections.map((c) => mergedCollections.get(c.id) ?? c), ...plan.add.collections],
    clips: [...existing.clips.map((c) => mergedClips.get(c.id) ?? c), ...plan.add.clips],
  };
}
