/**
 * Collections and clips from the store, kept live (watchStore: a clip saved in a tab, a rename in the
 * popup, a delete in another window all show up here), and the store operations the views call. Store
 * errors become one sentence for the user; nothing here throws into a view.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { uiLanguage } from '@/components/t';
import {
  addClips,
  createCollection,
  deleteClip,
  deleteCollection,
  getCurrentCollectionId,
  listClips,
  listCollections,
  moveClip,
  renameCollection,
  setCurrentCollection,
  undoDelete,
  updateClip,
  watchStore,
} from '@/lib/store/collections';
import { StoreError } from '@/lib/store/errors';
import type { Clip, ClipInput, ClipPatch, Collection, UndoToken } from '@/lib/store/types';
import { burstRefresh } from './burst-refresh';

export interface CollectionsState {
  collections: Collection[];
  clips: Clip[];
  currentId: string | null;
  problems: number;
  error: string | null;
  undo: { token: UndoToken; name: string } | null;
  loaded: boolean;
}

/** Store changes closer together than this are one burst (one re-read of the store). */
const QUIET_MS = 60;

const EMPTY: CollectionsState = { collections: [], clips: [], currentId: null, problems: 0, error: null, undo: null, loaded: false };

function messageOf(error: unknown): string {
  if (error instanceof StoreError) return error.userMessage(uiLanguage());
  return error instanceof Error ? error.message : String(error);
}

export function useCollections() {
  const [state, setState] = useState<CollectionsState>(EMPTY);

  const refresh = useCallback(async () => {
    try {
      const [list, clips, currentId] = await Promise.all([listCollections(), listClips(), getCurrentCollectionId()]);
      // Clips and collections are read apart, so the same unreadable record can be in both lists.
      const problems = new Set([...list.problems, ...clips.problems].map((p) => p.key)).size;
      setState((s) => ({ ...s, collections: list.collections, clips: clips.clips, currentId, problems, loaded: true }));
    } catch (error) {
      setState((s) => ({ ...s, error: messageOf(error), loaded: true }));
    }
  }, []);

  useEffect(() => {
    void refresh();
    // A burst of writes (an import, another tab's saves) is one re-read, never two at once.
    const scheduler = burstRefresh(refresh, QUIET_MS);
    const unwatch = watchStore(() => scheduler.poke());
    return () => {
      unwatch();
      scheduler.stop();
    };
  }, [refresh]);

  /** Runs a store operation; its error is shown, and the lists refresh through watchStore. */
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      const result = await work();
      setState((s) => (s.error === null ? s : { ...s, error: null }));
      return result;
    } catch (error) {
      setState((s) => ({ ...s, error: messageOf(error) }));
      return undefined;
    }
  }, []);

  const actions = {
    create: (name: string) => void run(() => createCollection(name)),
    rename: (id: string, name: string) => void run(() => renameCollection(id, name)),
    remove: async (id: string) => {
      const name = state.collections.find((c) => c.id === id)?.name ?? '';
      const token = await run(() => deleteCollection(id));
      if (token) setState((s) => ({ ...s, undo: { token, name } }));
    },
    undo: async () => {
      const undo = state.undo;
      if (!undo) return;
      await run(() => undoDelete(undo.token));
      setState((s) => ({ ...s, undo: null }));
    },
    selectCurrent: (id: string) => void run(() => setCurrentCollection(id)),
    updateClip: (id: string, patch: ClipPatch) => void run(() => updateClip(id, patch)),
    moveClip: (id: string, collectionId: string) => void run(() => moveClip(id, collectionId)),
    deleteClip: async (id: string) => {
      const clip = state.clips.find((c) => c.id === id);
      const name = clip ? (clip.source.reportTitle ?? clip.source.pageTitle) : '';
      const token = await run(() => deleteClip(id));
      if (token) setState((s) => ({ ...s, undo: { token, name } }));
    },
    // One storage write for all of them (save all targets): one change event, one re-read.
    addClips: (inputs: ClipInput[]) => run(() => addClips(inputs)),
    showError: (message: string) => setState((s) => ({ ...s, error: message })),
  };

  return { state, actions, refresh };
}
