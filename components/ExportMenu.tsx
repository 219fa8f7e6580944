/**
 * Export in the 合集 tab: pick what (one collection, or all of them) and a format; the file is built
 * from the stored records and downloaded. The result is announced in one line (the file name, or why it
 * failed), since a download started from a side panel is easy to miss.
 */
import { useState } from 'preact/hooks';
import type { Collection } from '../lib/store/types';
import { EXPORT_KINDS, type ExportKind } from './export-files';
import { t, type MessageKey } from './t';

const ALL = '';

const KIND_LABEL: Record<ExportKind, MessageKey> = {
  'collection-json': 'spExportCollectionJson',
  'targets-json': 'spExportTargetsJson',
  csv: 'spExportCsv',
  markdown: 'spExportMarkdown',
  'web-annotation': 'spExportWebAnnotation',
};

export interface ExportMenuProps {
  collections: readonly Collection[];
  /** Clips per collection id, shown in the picker so that an empty collection is not exported by mistake. */
  clipCounts: Readonly<Record<string, number>>;
  /** Preselected: the current collection. */
  currentId: string | null;
  /** Builds and downloads the file; resolves to its name. A rejection's message is shown to the user. */
  onExport: (kind: ExportKind, collectionId: string | null) => Promise<string>;
  idPrefix?: string;
}

type Status = { tone: 'busy' } | { tone: 'done'; text: string } | { tone: 'error'; text: string } | null;

export function ExportMenu({ collections, clipCounts, currentId, onExport, idPrefix = 'sp-export' }: ExportMenuProps) {
  // null: follow the current collection until the user picks something.
  const [picked, setPicked] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const exists = (id: string | null) => id !== null && collections.some((c) => c.id === id);
  // A collection deleted meanwhile (here or in another window) falls back to everything.
  const scope = picked === ALL ? ALL : exists(picked) ? picked! : exists(currentId) ? currentId! : ALL;
  const scopeName = scope === ALL ? t('spExportAll') : (collections.find((c) => c.id === scope)?.name ?? '');

  const run = async (kind: ExportKind) => {
    setStatus({ tone: 'busy' });
    try {
      const name = await onExport(kind, scope === ALL ? null : scope);
      setStatus({ tone: 'done', text: t('spExportDone', name) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ tone: 'error', text: t('spExportFailed', reason.split('\n')[0] ?? '') });
    }
  };

  return (
    <div class="sp-export">
      <label class="sp-field">
        <span>{t('spExportScope')}</span>
        <select id={`${idPrefix}-scope`} value={scope} onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}>
          <option value={ALL}>{t('spExportAll')}</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {t('spExportScopeOption', [c.name, clipCounts[c.id] ?? 0])}
            </option>
          ))}
        </select>
      </label>
      <div class="sp-export__formats" role="group" aria-label={t('spExportFormats')}>
        {EXPORT_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            class="sp-button sp-button--small"
            data-export={kind}
            disabled={status?.tone === 'busy'}
            aria-label={t('spExportButtonLabel', [scopeName, t(KIND_LABEL[kind])])}
            onClick={() => void run(kind)}
          >
            {t(KIND_LABEL[kind])}
          </button>
        ))}
      </div>
      {status?.tone === 'done' && (
        <p class="sp-note" role="status">
          {status.text}
        </p>
      )}
      {status?.tone === 'error' && (
        <p class="sp-alert" role="alert">
          {status.text}
        </p>
      )}
    </div>
  );
}
