/**
 * One saved clip in a collection: where it comes from (report title, site, date saved, section), an
 * excerpt, the targets inside it, the note and tags (editable in place), and what can be done with it:
 * open the source page at the clip, move it to another collection, delete it.
 */
import { useState } from 'preact/hooks';
import type { Clip, ClipPatch, Collection } from '../lib/store/types';
import { clipHref } from './clip-link';
import { formatKind, formatSection, formatTargetValue } from './format';
import { t } from './t';

export interface ClipCardProps {
  clip: Clip;
  /** Every collection (the move menu lists the others). */
  collections: readonly Collection[];
  onUpdate: (id: string, patch: ClipPatch) => void;
  onMove: (id: string, collectionId: string) => void;
  onDelete: (id: string) => void;
  /** Open the source (the container opens a tab); without it the link opens as a plain link. */
  onOpen?: (clip: Clip, href: string) => void;
}

const EXCERPT_CHARS = 120;
const TARGETS_SHOWN = 6;

export function ClipCard({ clip, collections, onUpdate, onMove, onDelete, onOpen }: ClipCardProps) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(clip.note);
  const [tags, setTags] = useState(clip.tags.join('，'));

  const title = clip.source.reportTitle ?? clip.source.pageTitle ?? clip.source.url;
  const href = clipHref(clip);
  const headingId = `clip-${clip.id}-title`;
  const others = collections.filter((c) => c.id !== clip.collectionId);

  const startEdit = () => {
    setNote(clip.note);
    setTags(clip.tags.join('，'));
    setEditing(true);
  };
  const save = (event: Event) => {
    event.preventDefault();
    onUpdate(clip.id, { note: note.trim(), tags: splitTags(tags) });
    setEditing(false);
  };

  return (
    <article class="sp-clip" aria-labelledby={headingId} data-clip={clip.id}>
      <header class="sp-clip__header">
        <h3 id={headingId} class="sp-clip__title">
          <a
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(e) => {
              if (!onOpen) return;
              e.preventDefault();
              onOpen(clip, href);
            }}
          >
            {title}
          </a>
        </h3>
        <p class="sp-clip__meta">
          <span>{clip.source.site}</span>
          {' · '}
          <time dateTime={clip.createdAt}>{t('spClipSaved', formatDate(clip.createdAt))}</time>
          {clip.section && (
            <>
              {' · '}
              <span title={clip.section}>{formatSection(clip.section, 24)}</span>
            </>
          )}
        </p>
      </header>
      <blockquote class="sp-clip__text" title={clip.text.length > EXCERPT_CHARS ? clip.text : undefined}>
        {excerpt(clip.text)}
      </blockquote>
      {clip.targets.length > 0 && (
        <ul class="sp-clip__targets" aria-label={t('spClipTargets', clip.targets.length)}>
          {clip.targets.slice(0, TARGETS_SHOWN).map((target, i) => (
            <li key={i}>
              <span class={`sp-chip sp-chip--${target.kind}`}>{formatKind(target.kind)}</span> {target.indicator}{' '}
              <span class="sp-value" data-masked={target.masked ? '' : undefined}>
                {formatTargetValue(target)}
              </span>
            </li>
          ))}
          {clip.targets.length > TARGETS_SHOWN && <li>{t('spClipMoreTargets', clip.targets.length - TARGETS_SHOWN)}</li>}
        </ul>
      )}
      {editing ? (
        <form class="sp-clip__edit" onSubmit={save}>
          <label class="sp-field sp-field--block">
            <span>{t('spClipNote')}</span>
            <textarea rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          <label class="sp-field sp-field--block">
            <span>{t('spClipTagsHint')}</span>
            <input type="text" value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <div class="sp-actions">
            <button type="submit" class="sp-button sp-button--primary">
              {t('spSaveChanges')}
            </button>
            <button type="button" class="sp-button" onClick={() => setEditing(false)}>
              {t('spCancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {clip.note !== '' && <p class="sp-clip__note">{clip.note}</p>}
          {clip.tags.length > 0 && (
            <ul class="sp-clip__tags" aria-label={t('spClipTags')}>
              {clip.tags.map((tag) => (
                <li key={tag} class="sp-tag">
                  #{tag}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {!editing && (
        <div class="sp-actions">
          <button type="button" class="sp-button sp-button--small" onClick={startEdit} aria-label={t('spClipEditLabel', title)}>
            {t('spClipEdit')}
          </button>
          {others.length > 0 && (
            <label class="sp-field sp-field--inline">
              <span class="sp-visually-hidden">{t('spClipMoveLabel', title)}</span>
              <select
                value=""
                onChange={(e) => {
                  const target = (e.currentTarget as HTMLSelectElement).value;
                  if (target !== '') onMove(clip.id, target);
                }}
              >
                <option value="">{t('spClipMove')}</option>
                {others.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" class="sp-button sp-button--small sp-button--danger" onClick={() => onDelete(clip.id)} aria-label={t('spClipDeleteLabel', title)}>
            {t('spDelete')}
          </button>
        </div>
      )}
    </article>
  );
}

/** Tags as typed: separated by commas (either width), 、, ; or spaces; # dropped, duplicates once. */
export function splitTags(text: string): string[] {
  const tags = text
    .split(/[,，、;；\s]+/)
    .map((tag) => tag.replace(/^#+/, '').trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= EXCERPT_CHARS ? flat : `${chars.slice(0, EXCERPT_CHARS - 1).join('')}…`;
}

/** YYYY-MM-DD in local time: short, the same in both languages, and sortable by eye. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
