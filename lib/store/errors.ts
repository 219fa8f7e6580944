/**
 * The one error type the store throws. Views show `userMessage(lang)`: one line that says what happened
 * and that nothing already saved was lost; `message` is for logs.
 */
export type StoreErrorCode = 'quota' | 'write-failed' | 'read-failed' | 'not-found' | 'invalid';

const USER_MESSAGES: Record<StoreErrorCode, { zh: string; en: string }> = {
  quota: {
    zh: '存储空间已满，未能保存；已保存的内容未受影响。',
    en: 'Storage is full, so this was not saved; what you saved before is untouched.',
  },
  'write-failed': {
    zh: '保存失败，请重试；已保存的内容未受影响。',
    en: 'Saving failed, please try again; what you saved before is untouched.',
  },
  'read-failed': {
    zh: '无法读取已保存的内容，请重新打开此页面。',
    en: 'Could not read your saved items; please reopen this page.',
  },
  'not-found': {
    zh: '该合集或剪藏已不存在（可能已在其他窗口删除）。',
    en: 'This collection or clip no longer exists (it may have been deleted in another window).',
  },
  invalid: {
    zh: '内容无效，未保存。',
    en: 'The data is not valid, so nothing was saved.',
  },
};

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  userMessage(lang: 'zh' | 'en' = 'zh'): string {
    return USER_MESSAGES[this.code][lang];
  }
}

/** Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError; Safari: "Exceeded storage quota". */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** A failed storage write as a StoreError (quota or other), keeping the browser's error as the cause. */
export function writeError(action: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return isQuotaError(error)
    ? new StoreError('quota', `${action}: storage quota exceeded (${detail})`, { cause: error })
    : new StoreError('write-failed', `${action}: ${detail}`, { cause: error });
}
