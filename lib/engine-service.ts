/**
 * The engine as the background serves it to pages: the answer's head (the paint plan) right after the
 * analysis, its body encoded only when asked (after the head is on its way), and a text analysed a moment
 * ago answered from memory (lib/recent-analyses.ts) without running the engine again.
 */
import type { Analysis } from './analysis-types';
import { encodeBody, encodeHead } from './messaging/analysis-wire';
import type { EngineParts } from './messaging/engine-port';
import { createRecentAnalyses, type RecentAnalyses } from './recent-analyses';

export function engineService(run: (text: string) => Analysis, recent: RecentAnalyses = createRecentAnalyses()): (text: string) => EngineParts {
  return (text) => {
    const known = recent.get(text);
    if (known) return { head: known.head, body: () => known.body };
    const analysis = run(text);
    const head = encodeHead(analysis, text);
    let body: string | null = null;
    return {
      head,
      body: () => {
        if (body === null) {
          body = encodeBody(analysis, text);
          recent.set(text, { head, body });
        }
        return body;
      },
    };
  };
}
