/**
 * i18n lookup for every string the UI shows. The browser's own i18n (public/_locales, chosen by the
 * browser's UI language) is asked first; where it has no answer — component tests, a page opened
 * outside the extension, a key added to zh_CN but not yet built — the zh_CN message is used (Chinese
 * is the first language of this extension), and the key itself as the last resort, so a missing
 * message shows up visibly instead of as an empty label.
 */
import { browser } from 'wxt/browser';
import zhCN from '../public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof zhCN;

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const FALLBACK: Record<string, ChromeMessage> = zhCN;

type GetMessage = (name: string, substitutions?: string | string[]) => string;

function browserMessage(key: string, subs: string[] | undefined): string {
  try {
    // WXT types getMessage with one overload per generated key; the key here is checked by MessageKey.
    const getMessage = browser?.i18n?.getMessage as GetMessage | undefined;
    const text = getMessage?.call(browser.i18n, key, subs);
    return typeof text === 'string' ? text : '';
  } catch {
    // The fake browser of unit tests and non-extension pages throw here: use the fallback.
    return '';
  }
}

export function t(key: MessageKey, subs?: string | number | readonly (string | number)[]): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  const fromBrowser = browserMessage(key, list);
  if (fromBrowser !== '') return fromBrowser;
  const entry = FALLBACK[key];
  if (entry && entry.message !== '') return formatMessage(entry, list ?? []);
  return key;
}

/**
 * Chrome's substitution rules, for the fallback: $NAME$ → the placeholder's content (names are
 * case-insensitive), then $1…$9 in that content or the message → the substitutions, and $$ → $.
 */
export function formatMessage(entry: ChromeMessage, subs: readonly string[]): string {
  const placeholders = new Map<string, string>();
  for (const [name, p] of Object.entries(entry.placeholders ?? {})) placeholders.set(name.toLowerCase(), p.content);
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = placeholders.get(name.toLowerCase());
    return content === undefined ? whole : content;
  });
  return named.replace(/\$(\$|[1-9])/g, (_whole, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}

/**
 * 'zh' or 'en' for data that carries both (theme labels): from the browser's UI language, Chinese
 * when it cannot be told.
 */
export function uiLanguage(): 'zh' | 'en' {
  try {
    const lang = browser?.i18n?.getUILanguage?.();
    if (typeof lang === 'string' && lang !== '' && !lang.toLowerCase().startsWith('zh')) return 'en';
  } catch {
    // As above: no i18n outside the extension.
  }
  return 'zh';
}
