/**
 * Import in the 合集 tab: choose a collections JSON file; it is checked against what is stored and the
 * outcome shown before anything is written (added / merged / already there, and the invalid records with
 * their reasons); the user confirms, and only then is it written. A file that cannot be imported says
 * why in one line and changes nothing. Everything from the file is shown as text, never as markup.
 */
import { useRef, useState } from 'preact/hooks';
import type { ImportPlan, ImportRejection, ImportReport } from '../lib/export/import-collection';
import { t, uiLanguage } from './t';

export interface ImportDialogProps {
  /** What importing the text would do (writes nothing). */
  plan: (text: string, acceptValid: boolean) => Promise<ImportPlan>;
  /** Import the text (planned again against the records stored at that moment). */
  apply: (text: string, acceptValid: boolean) => Promise<ImportReport>;
  /** Turns a thrown error into one line for the user. */
  errorMessage?: (error: unknown) => string;
  idPrefix?: string;
}

type State =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'preview'; fileName: string; text: string; plan: ImportPlan; acceptValid: boolean }
  | { step: 'importing'; fileName: string }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

/** Rejected records listed by name; more than this is summarised (a damaged file can have thousands). */
const MAX_LISTED = 8;

function reportMessage(report: ImportReport): string {
  return uiLanguage() === 'en' ? report.messageEn : report.message;
}

function defaultErrorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

export function ImportDialog({ plan, apply, errorMessage = defaultErrorMessage, idPrefix = 'sp-import' }: ImportDialogProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const check = async (fileName: string, text: string, acceptValid: boolean) => {
    setState({ step: 'checking', fileName });
    try {
      setState({ step: 'preview', fileName, text, plan: await plan(text, acceptValid), acceptValid });
    } catch (error) {
      setState({ step: 'failed', message: t('spImportFailed', errorMessage(error)) });
    }
  };

  const choose = async (event: Event) => {
    const field = event.currentTarget as HTMLInputElement;
    const file = field.files?.[0];
    // Cleared, so that choosing the same file again (after fixing it) is a change too.
    field.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setState({ step: 'failed', message: t('spImportFailed', errorMessage(error)) });
      return;
    }
    await check(file.name, text, false);
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const { fileName, text, acceptValid } = state;
    setState({ step: 'importing', fileName });
    try {
      const report = await apply(text, acceptValid);
      setState(report.ok ? { step: 'done', message: reportMessage(report) } : { step: 'failed', message: reportMessage(report) });
    } catch (error) {
      setState({ step: 'failed', message: t('spImportFailed', errorMessage(error)) });
    }
  };

  const cancel = () => {
    setState({ step: 'idle' });
    input.current?.focus();
  };

  const busy = state.step === 'checking' || state.step === 'importing';
  return (
    <div class="sp-import">
      <label class="sp-field">
        <span>{t('spImportLabel')}</span>
        <input
          ref={input}
          id={`${idPrefix}-file`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-describedby={`${idPrefix}-hint`}
          onChange={(e) => void choose(e)}
        />
      </label>
      <p id={`${idPrefix}-hint`} class="sp-note">
        {t('spImportHint')}
      </p>
      {busy && (
        <p class="sp-note" role="status" aria-busy="true">
          {state.step === 'checking' ? t('spImportChecking', state.fileName) : t('spImportImporting', state.fileName)}
        </p>
      )}
      {state.step === 'preview' && (
        <Preview
          fileName={state.fileName}
          plan={state.plan}
          acceptValid={state.acceptValid}
          onConfirm={() => void confirm()}
          onSkipInvalid={() => void check(state.fileName, state.text, true)}
          onCancel={cancel}
        />
      )}
      {state.step === 'done' && (
        <p class="sp-notice" role="status">
          {state.message}
        </p>
      )}
      {state.step === 'failed' && (
        <p class="sp-alert" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}

function Preview({
  fileName,
  plan,
  acceptValid,
  onConfirm,
  onSkipInvalid,
  onCancel,
}: {
  fileName: string;
  plan: ImportPlan;
  acceptValid: boolean;
  onConfirm: () => void;
  onSkipInvalid: () => void;
  onCancel: () => void;
}) {
  const { report, rejected } = plan;
  if (!report.ok) {
    return (
      <div class="sp-import__preview">
        <p class="sp-alert" role="alert">
          {reportMessage(report)}
        </p>
        <RejectedList rejected={rejected} />
        <div class="sp-toolbar">
          {/* Bad records inside a file of ours: the rest can still come in, if the user says so. */}
          {rejected.length > 0 && !acceptValid && (
            <button type="button" class="sp-button sp-button--small" onClick={onSkipInvalid}>
              {t('spImportSkipInvalid')}
            </button>
          )}
          <button type="button" class="sp-button sp-button--small" onClick={onCancel}>
            {t('spCancel')}
          </button>
        </div>
      </div>
    );
  }
  const writes = report.added.collections + report.added.clips + report.merged.collections + report.merged.clips;
  const rows: [string, { collections: number; clips: number }][] = [
    [t('spImportAdded'), report.added],
    [t('spImportMerged'), report.merged],
    [t('spImportUnchanged'), report.unchanged],
  ];
  return (
    <div class="sp-import__preview">
      <table class="sp-table sp-import__counts">
        <caption>{t('spImportPreview', fileName)}</caption>
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">{t('spImportCollections')}</th>
            <th scope="col">{t('spImportClips')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, n]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{n.collections}</td>
              <td>{n.clips}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <RejectedList rejected={rejected} />
      {writes === 0 && <p class="sp-note">{t('spImportNothingNew')}</p>}
      <div class="sp-toolbar">
        <button type="button" class="sp-button sp-button--primary" disabled={writes === 0} onClick={onConfirm}>
          {t('spImportConfirm')}
        </button>
        <button type="button" class="sp-button" onClick={onCancel}>
          {t('spCancel')}
        </button>
      </div>
    </div>
  );
}

function RejectedList({ rejected }: { rejected: readonly ImportRejection[] }) {
  if (rejected.length === 0) return null;
  const shown = rejected.slice(0, MAX_LISTED);
  return (
    <div class="sp-import__rejected">
      <p class="sp-subtitle">{t('spImportRejectedTitle', rejected.length)}</p>
      <ul>
        {shown.map((r) => (
          <li key={`${r.record}-${r.index}`}>
            {t('spImportRejectedItem', [t(r.record === 'collection' ? 'spImportRecordCollection' : 'spImportRecordClip'), r.index + 1, r.reason])}
          </li>
        ))}
        {rejected.length > shown.length && <li>{t('spImportRejectedMore', rejected.length - shown.length)}</li>}
      </ul>
    </div>
  );
}
