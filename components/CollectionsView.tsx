/**
 * 合集: the user's collections. Create one, rename or delete it (a deletion can be undone from the
 * notice that follows), pick the current one (where new clips go), and open any collection to see its
 * clips as cards. Records the store could not read are counted, so the user knows something was
 * skipped, but they never stop the view.
 */
import { useState } from 'preact/hooks';
import type { Clip, ClipPatch, Collection } from '../lib/store/types';
import { ClipCard } from './ClipCard';
import { t } from './t';

export interface CollectionsViewProps {
  collections: readonly Collection[];
  /** Every readable clip (the view groups them by collection). */
  clips: readonly Clip[];
  currentId: string | null;
  /** Records skipped because they could not be read. */
  problems?: number;
  /** A deletion that can still be undone: what it was called. */
  undo?: { name: string } | null;
  /** The last store error, as a sentence for the user. */
  error?: string | null;
  onCreate: (name: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
  onUndo: () => void;
  onSelectCurrent: (id: string) => void;
  onUpdateClip: (id: string, patch: ClipPatch) => void;
  onMoveClip: (id: string, collectionId: string) => void;
  onDeleteClip: (id: string) => void;
  onOpenClip?: (clip: Clip, href: string) => void;
}

export function CollectionsView(props: CollectionsViewProps) {
  const { collections, clips, currentId, problems = 0, undo, error, onCreate, onUndo } = props;
  const [name, setName] = useState('');
  // The current collection starts open: it is where the user just saved something.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(currentId ? [currentId] : []));

  const byCollection = new Map<string, Clip[]>();
  for (const clip of clips) {
    const list = byCollection.get(clip.collectionId);
    if (list) list.push(clip);
    else byCollection.set(clip.collectionId, [clip]);
  }
  // Newest first inside a collection: what was just saved is on top.
  for (const list of byCollection.values()) list.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));

  const create = (event: Event) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    onCreate(trimmed);
    setName('');
  };
  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };

  return (
    <div class="sp-collections">
      {error && (
        <p class="sp-alert" role="alert">
          {error}
        </p>
      )}
      {undo && (
        <p class="sp-notice" role="status">
          {t('spDeleted', undo.name)}{' '}
          <button type="button" class="sp-button sp-button--small" onClick={onUndo}>
            {t('spUndo')}
          </button>
        </p>
      )}
      {problems > 0 && (
        <p class="sp-notice" role="status">
          {t('spStoreProblems', problems)}
        </p>
      )}
      <form class="sp-toolbar" onSubmit={create}>
        <label class="sp-field">
          <span>{t('spCollectionNew')}</span>
          <input type="text" value={name} placeholder={t('spCollectionNamePlaceholder')} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="sp-button" disabled={name.trim() === ''}>
          {t('spCreate')}
        </button>
      </form>
      {collections.length === 0 ? (
        <p class="sp-note">{t('spCollectionsNone')}</p>
      ) : (
        <fieldset class="sp-collections__list">
          <legend>{t('spCollectionCurrentLegend')}</legend>
          {collections.map((collection) => (
            <CollectionItem
              {...props}
              key={collection.id}
              collection={collection}
              clips={byCollection.get(collection.id) ?? []}
              isCurrent={collection.id === currentId}
              isOpen={open.has(collection.id)}
              onToggle={() => toggle(collection.id)}
            />
          ))}
        </fieldset>
      )}
    </div>
  );
}

function CollectionItem({
  collection,
  clips,
  isCurrent,
  isOpen,
  onToggle,
  collections,
  onRename,
  onDelete,
  onSelectCurrent,
  onUpdateClip,
  onMoveClip,
  onDeleteClip,
  onOpenClip,
}: CollectionsViewProps & {
  collection: Collection;
  clips: Clip[];
  isCurrent: boolean;
  isOpen: boolean;
  onToggle: () => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(collection.name);
  const listId = `sp-col-${collection.id}-clips`;

  const rename = (event: Event) => {
    event.preventDefault();
    const trimmed = draft.trim();
    if (trimmed !== '' && trimmed !== collection.name) onRename(collection.id, trimmed);
    setRenaming(false);
  };

  return (
    <section class={isCurrent ? 'sp-collection sp-collection--current' : 'sp-collection'} data-collection={collection.id}>
      <div class="sp-collection__row">
        <label class="sp-collection__pick">
          <input type="radio" name="sp-current-collection" checked={isCurrent} onChange={() => onSelectCurrent(collection.id)} />
          <span class="sp-collection__name">{collection.name}</span>
          <span class="sp-visually-hidden">{isCurrent ? t('spCollectionIsCurrent') : ''}</span>
        </label>
        <button type="button" class="sp-button sp-button--small" aria-expanded={isOpen} aria-controls={listId} onClick={onToggle}>
          {t('spCollectionClips', clips.length)}
        </button>
        <button
          type="button"
          class="sp-button sp-button--small"
          aria-label={t('spCollectionRenameLabel', collection.name)}
          onClick={() => {
            setDraft(collection.name);
            setRenaming(true);
          }}
        >
          {t('spRename')}
        </button>
        <button
          type="button"
          class="sp-button sp-button--small sp-button--danger"
          aria-label={t('spCollectionDeleteLabel', collection.name)}
          onClick={() => onDelete(collection.id)}
        >
          {t('spDelete')}
        </button>
      </div>
      {renaming && (
        <form class="sp-toolbar" onSubmit={rename}>
          <label class="sp-field">
            <span>{t('spCollectionNewName')}</span>
            <input
              type="text"
              value={draft}
              autoFocus
              onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setRenaming(false);
              }}
            />
          </label>
          <button type="submit" class="sp-button sp-button--small">
            {t('spSaveChanges')}
          </button>
          <button type="button" class="sp-button sp-button--small" onClick={() => setRenaming(false)}>
            {t('spCancel')}
          </button>
        </form>
      )}
      {isOpen && (
        <div id={listId} class="sp-collection__clips">
          {clips.length === 0 ? (
            <p class="sp-note">{t('spCollectionEmpty')}</p>
          ) : (
            clips.map((clip) => (
              <ClipCard
                key={clip.id}
                clip={clip}
                collections={collections}
                onUpdate={onUpdateClip}
                onMove={onMoveClip}
                onDelete={onDeleteClip}
                onOpen={onOpenClip}
              />
            ))
          )}
        </div>
      )}
    </section>
  );
}
