/**
 * What a view shows when it has nothing to show: why, and what to do next (a button when there is
 * something to do). Loading is announced politely, errors assertively, so a screen reader hears both.
 */
export interface EmptyStateProps {
  tone: 'empty' | 'loading' | 'error';
  title: string;
  message?: string;
  actionLabel?: string;
  onAction?: () => void;
}

export function EmptyState({ tone, title, message, actionLabel, onAction }: EmptyStateProps) {
  const role = tone === 'error' ? 'alert' : 'status';
  return (
    <div class={`sp-empty sp-empty--${tone}`} role={role} aria-busy={tone === 'loading' ? true : undefined}>
      <p class="sp-empty__title">{title}</p>
      {message && <p class="sp-empty__message">{message}</p>}
      {actionLabel && onAction && (
        <button type="button" class="sp-button sp-button--primary" onClick={onAction}>
          {actionLabel}
        </button>
      )}
    </div>
  );
}
