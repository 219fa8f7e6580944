/**
 * What the side panel says about the page before it can show anything: still reading, not a report
 * (with "analyse anyway"), an error (with "try again"), or no extension access to this page (what to do
 * instead). Returns null when the page has a report and the views can show it.
 */
import type { ReportStatus } from '../lib/messaging/page-report';
import { EmptyState } from './EmptyState';
import { t } from './t';

/** `loading`: no answer from the page yet; `unreachable`: nothing in the page answers (not injected, or a browser page). */
export type PagePhase = 'loading' | 'unreachable' | ReportStatus;

export interface PageStatusProps {
  phase: PagePhase;
  /** The content script's reason for none / error. */
  reason?: string | null;
  /** An analysis the user asked for is running. */
  analyzing?: boolean;
  onAnalyze: () => void;
}

export function PageStatus({ phase, reason, analyzing = false, onAnalyze }: PageStatusProps) {
  if (analyzing || phase === 'pending') return <EmptyState tone="loading" title={t('spAnalyzing')} />;
  switch (phase) {
    case 'ready':
      return null;
    case 'loading':
      return <EmptyState tone="loading" title={t('spLoading')} />;
    case 'none':
      return (
        <EmptyState tone="empty" title={t('spNotReport')} message={t('spNotReportHint')} actionLabel={t('spAnalyzeAnyway')} onAction={onAnalyze} />
      );
    case 'unreachable':
      return <EmptyState tone="empty" title={t('spNotAnalyzed')} message={t('spNotAnalyzedHint')} actionLabel={t('menuAnalyze')} onAction={onAnalyze} />;
    case 'error':
      return (
        <EmptyState
          tone="error"
          title={t('spAnalyzeFailed')}
          message={reason ? t('spReason', reason) : undefined}
          actionLabel={t('spRetry')}
          onAction={onAnalyze}
        />
      );
  }
}
