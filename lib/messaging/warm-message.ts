/**
 * The document_start script's "a report page is loading" ping to the background (see lib/engine-warmup.ts).
 * Plain runtime messaging, not protocol.ts, so that the script that runs on every page of the matched sites
 * stays tiny; @webext-core's listeners ignore this shape.
 */
export const WARM_MESSAGE = 'gov-report:warm';

export function isWarmMessage(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === WARM_MESSAGE;
}
