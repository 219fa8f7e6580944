/**
 * The address that opens a clip's source page at the clip: the page URL with a text fragment
 * (#:~:text=start,end), which Chrome and Firefox 131+ scroll to and mark. Browsers that do not know
 * text fragments ignore it and open the page; the content script then draws the clip from its
 * selectors anyway, so the fragment is a convenience, never the only way back.
 */
import type { Clip } from '../lib/store/types';

/** Quotes longer than this are written as start and end words (textStart,textEnd). */
const WHOLE_QUOTE_MAX = 40;
const EDGE_CHARS = 12;

/*
 * Text fragment syntax reserves - , & (and % as the escape); encodeURIComponent leaves - alone, so it
 * is escaped by hand (https://wicg.github.io/scroll-to-text-fragment/#syntax).
 */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The first line of a quote (a fragment cannot begin in one block and be matched from a cut line). */
function firstLine(text: string): string {
  return text.split(/\n/)[0]!.trim();
}

function lastLine(text: string): string {
  const lines = text.split(/\n/);
  return lines[lines.length - 1]!.trim();
}

export function textFragment(quote: string): string {
  const text = quote.replace(/[ \t\u3000]+/g, ' ').trim();
  if (text === '') return '';
  const chars = [...text];
  if (chars.length <= WHOLE_QUOTE_MAX && !text.includes('\n')) return `:~:text=${encodePart(text)}`;
  const start = [...firstLine(text)].slice(0, EDGE_CHARS).join('');
  const end = [...lastLine(text)].slice(-EDGE_CHARS).join('');
  return `:~:text=${encodePart(start)},${encodePart(end)}`;
}

/** The clip's source URL with the fragment (replacing any hash the URL had). */
export function clipHref(clip: Pick<Clip, 'source' | 'selectors' | 'text'>): string {
  const base = clip.source.url.replace(/#.*$/, '');
  const fragment = textFragment(clip.selectors.quote.exact || clip.text);
  return fragment === '' ? base : `${base}#${fragment}`;
}
