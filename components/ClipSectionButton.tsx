/**
 * The popup's 剪藏本节 (clip this section): one button and one line saying what happened — the section
 * that was clipped, or why nothing was. The clip itself is made in the page (the content script knows
 * the selection and what is in view); this component only asks and reports.
 */
import { useState } from 'preact/hooks';
import type { ClipResult } from '../lib/messaging/protocol';
import { t } from './t';

export interface ClipSectionButtonProps {
  /** Asks the page to clip its current section (a message to the tab's content script). */
  clip: () => Promise<ClipResult>;
  disabled?: boolean;
}

export function ClipSectionButton({ clip, disabled }: ClipSectionButtonProps) {
  const [busy, setBusy] = useState(false);
  const [line, setLine] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async () => {
    setBusy(true);
    setLine(null);
    try {
      const result = await clip();
      setLine(
        result.ok
          ? { ok: true, text: t('popupClipSectionDone', result.clip.section ?? result.clip.text.slice(0, 20)) }
          : { ok: false, text: result.error },
      );
    } catch {
      // No content script answered (the page changed, the extension was reloaded under it).
      setLine({ ok: false, text: t('clipUnreachable') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="clip-section">
      <button type="button" onClick={() => void run()} disabled={disabled || busy} aria-busy={busy}>
        {t('popupClipSection')}
      </button>
      {line && (
        <p class={line.ok ? 'clip-section__done' : 'clip-section__error'} role={line.ok ? 'status' : 'alert'}>
          {line.text}
        </p>
      )}
    </div>
  );
}

export const CLIP_SECTION_CSS = `
.clip-section { margin: 8px 0; }
.clip-section p { margin: 4px 0 0; overflow-wrap: anywhere; }
.clip-section__done { color: #1a7f37; }
.clip-section__error { color: #b42318; }
`;
