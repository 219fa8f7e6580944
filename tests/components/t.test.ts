// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { formatMessage, t, uiLanguage, type MessageKey } from '../../components/t';

// Paths from this file (happy-dom replaces the global URL, so no new URL(…, import.meta.url) here).
const here = dirname(fileURLToPath(import.meta.url));

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

function readLocale(locale: string): Record<string, Message> {
  return JSON.parse(readFileSync(join(here, '../../public/_locales', locale, 'messages.json'), 'utf8'));
}

const zh = readLocale('zh_CN');
const en = readLocale('en');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the _locales files', () => {
  it('have the same keys in zh_CN and en, none with an empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, m] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(m.message.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages, and every placeholder appears in its message', () => {
    for (const key of Object.keys(zh)) {
      const zhNames = Object.keys(zh[key]?.placeholders ?? {}).sort();
      expect(Object.keys(en[key]?.placeholders ?? {}).sort(), key).toEqual(zhNames);
      for (const locale of [zh, en]) {
        const message = locale[key]?.message ?? '';
        const used = [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
        expect([...new Set(used)], `${key}: ${message}`).toEqual(zhNames);
      }
    }
  });

  it('use only key names Chrome accepts', () => {
    for (const key of Object.keys(zh)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('carry the manifest strings within the stores’ limits, and the menu and command names', () => {
    expect(zh.extName?.message).toBe('政府工作报告阅读助手');
    expect(en.extName?.message).toBe('Gov Report Reader');
    for (const locale of [zh, en]) {
      expect([...(locale.extName?.message ?? '')].length).toBeLessThanOrEqual(75);
      expect([...(locale.extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
    }
    expect(zh.menuAnalyze?.message).toBe('分析此页');
    expect(zh.menuClip?.message).toBe('剪藏到合集');
    for (const key of ['commandAnalyze', 'commandClip', 'commandToggle']) expect(zh[key]?.message).toBeTruthy();
  });

  it('contain every key the components ask for', () => {
    const dir = join(here, '../../components');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => /\.(ts|tsx)$/.test(f))) {
      const source = readFileSync(join(dir, file), 'utf8');
      // Direct calls t('key') and keys listed as labels ({ label: 'layerTarget' }).
      for (const m of source.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1] ?? '');
      for (const m of source.matchAll(/label: '([A-Za-z0-9_]+)'/g)) used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(Object.keys(zh), key).toContain(key);
  });
});

describe('t', () => {
  it('falls back to the zh_CN message when the browser has none (the fake browser throws)', () => {
    expect(t('cardSave')).toBe('保存');
    expect(t('kindResult')).toBe('实绩');
  });

  it('fills placeholders in the fallback the way Chrome does', () => {
    expect(t('badgeTargets', 12)).toBe('目标 12');
    expect(t('cardLabelTarget', ['目标', '地区生产总值'])).toBe('目标：地区生产总值');
    expect(t('cardPeriodYear', '2022')).toBe('2022年');
  });

  it('prefers the browser’s message, passing the substitutions as strings', () => {
    const spy = vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string | string[]) =>
      name === 'badgeTargets' ? `Targets ${String((subs as string[])[0])}` : '') as typeof browser.i18n.getMessage);
    expect(t('badgeTargets', 7)).toBe('Targets 7');
    expect(spy).toHaveBeenCalledWith('badgeTargets', ['7']);
    // An empty answer (a key the built extension does not know yet) falls back to zh_CN.
    expect(t('cardClose')).toBe('关闭');
  });

  it('returns the key itself for a key no locale has', () => {
    expect(t('noSuchMessage' as MessageKey)).toBe('noSuchMessage');
  });
});

describe('formatMessage', () => {
  it('maps named placeholders case-insensitively to positional substitutions', () => {
    const entry = { message: '$Kind$ / $KIND$ / $kind$', placeholders: { kind: { content: '$1' } } };
    expect(formatMessage(entry, ['目标'])).toBe('目标 / 目标 / 目标');
  });

  it('turns $$ into a dollar sign and leaves a missing substitution empty', () => {
    expect(formatMessage({ message: 'US$$ $1 and $2' }, ['5'])).toBe('US$ 5 and ');
  });

  it('keeps placeholder content that is literal text', () => {
    const entry = { message: '$SITE$: $1', placeholders: { site: { content: 'gov.cn' } } };
    expect(formatMessage(entry, ['ok'])).toBe('gov.cn: ok');
  });
});

describe('uiLanguage', () => {
  it('is Chinese when the browser cannot tell, and follows the browser otherwise', () => {
    expect(uiLanguage()).toBe('zh');
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
    expect(uiLanguage()).toBe('en');
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('zh-TW');
    expect(uiLanguage()).toBe('zh');
  });
});
