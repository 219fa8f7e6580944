// Launch the system Chromium with the built extension loaded, the way TOOLCHAIN.md describes.
// Every launch gets a fresh temporary profile, removed again by close(), so tests never share
// storage and nothing leaks into the user's own browser profile.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');

/** Debian's real binary first: /usr/bin/chromium is a shell wrapper that adds its own flags. */
const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${CHROMIUM_CANDIDATES.join(', ')}; set CHROMIUM_PATH to override). ` +
        'On Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk',
    );
  }
  return found;
}

export interface LaunchOptions {
  /** Folder of the unpacked extension; default .output/chrome-mv3. */
  extensionDir?: string;
  /** Default true. The demo passes false when a display is available. */
  headless?: boolean;
  /** Extra Chromium switches. */
  args?: string[];
  viewport?: { width: number; height: number } | null;
  /**
   * The language pages see (navigator.language, Accept-Language), default zh-CN as for the product's
   * readers. Note: on Linux the extension's own _locales follow Chromium's UI locale, which is en-US
   * unless Debian's chromium-l10n package is installed; --lang only switches it on Windows.
   */
  lang?: string;
  /** Playwright's slowMo, for watching a headed run. */
  slowMo?: number;
}

/** The few manifest fields tests look at; the rest is there too, untyped. */
export interface RuntimeManifest {
  name: string;
  version: string;
  manifest_version: number;
  content_scripts?: Array<{ matches?: string[]; js?: string[]; run_at?: string }>;
  [key: string]: unknown;
}

/** `chrome` inside the service worker, typed only as far as the harness uses it. */
type ChromeGlobal = { chrome: { runtime: { getManifest(): RuntimeManifest } } };

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The manifest as the running extension sees it (chrome.runtime.getManifest()). */
  manifest: RuntimeManifest;
  profileDir: string;
  /** Close the browser and delete the temporary profile. Safe to call twice. */
  close(): Promise<void>;
}

/** Switches that make Chromium quiet, offline and able to load our unpacked extension. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,MediaRouter,OptimizationHints',
    // Every *.gov.cn name resolves to the local fixture server, so pages open under a name that the
    // content script's host match (*://*.gov.cn/*) accepts — without any network.
    '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, EXCLUDE localhost',
    // Playwright adds --disable-extensions; naming ours here (with ignoreDefaultArgs) wins over it.
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir ?? EXTENSION_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`Built extension not found at ${extensionDir}: run npm run build`);
  }
  const builtManifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const lang = options.lang ?? 'zh-CN';
  const profileDir = await mkdtemp(join(tmpdir(), 'gov-report-profile-'));
  let context: BrowserContext | undefined;
  const close = async () => {
    const open = context;
    context = undefined;
    if (open) await open.close().catch(() => undefined);
    await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: findChromium(),
      headless: options.headless ?? true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...chromiumArgs(extensionDir), `--lang=${lang}`, ...(options.args ?? [])],
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      locale: lang,
      // On Linux the browser's UI language (chrome.i18n for the extension) follows LANGUAGE, given the
      // locale packs of chromium-l10n; without them it stays en-US.
      env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
      slowMo: options.slowMo,
    });
    if (!builtManifest.background?.service_worker) {
      throw new Error(`${extensionDir}/manifest.json declares no background service worker`);
    }
    const serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
    const extensionId = new URL(serviceWorker.url()).host;
    const manifest = await serviceWorker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest());
    return { context, extensionId, serviceWorker, manifest, profileDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
