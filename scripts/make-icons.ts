/**
 * Draws the extension icons (public/icon/16.png 32.png 48.png 128.png, picked up by WXT) in headless
 * Chromium: a red rounded square with three rising white bars and a white baseline — a report's
 * numbers going up. Every size is drawn on its own pixel grid (not scaled down from 128), so the bars
 * stay crisp at 16 px.   Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, REPO_ROOT } from '../tests/e2e/support/browser';

const SIZES = [16, 32, 48, 128] as const;
const RED = '#C8161D'; // the red of official seals and mastheads
const WHITE = '#FFFFFF';

/** The icon as SVG on an s×s grid; all coordinates are whole pixels. */
export function iconSvg(s: number): string {
  const radius = Math.max(2, Math.round(s * 0.19));
  const margin = Math.max(3, Math.round(s * 0.2)); // inner padding around the chart
  const base = s - margin; // y of the baseline's bottom edge
  const line = Math.max(1, Math.round(s / 16)); // baseline thickness
  const gap = Math.max(1, Math.round(s * 0.07));
  const inner = s - 2 * margin;
  const bar = Math.max(2, Math.floor((inner - 2 * gap) / 3));
  const left = Math.round((s - (3 * bar + 2 * gap)) / 2);
  const top = base - line; // bars stand on the baseline
  const heights = [0.38, 0.66, 0.94].map((h) => Math.max(2, Math.round(inner * h) - line));
  const bars = heights
    .map((h, i) => `<rect x="${left + i * (bar + gap)}" y="${top - h}" width="${bar}" height="${h}" fill="${WHITE}"/>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}" shape-rendering="crispEdges">` +
    `<rect width="${s}" height="${s}" rx="${radius}" ry="${radius}" fill="${RED}" shape-rendering="geometricPrecision"/>` +
    bars +
    `<rect x="${left}" y="${top}" width="${3 * bar + 2 * gap}" height="${line}" fill="${WHITE}"/>` +
    `</svg>`
  );
}

async function main() {
  const outDir = join(REPO_ROOT, 'public/icon');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<!DOCTYPE html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${iconSvg(size)}`);
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      writeFileSync(join(outDir, `${size}.png`), png);
      console.log(`public/icon/${size}.png (${png.length} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

await main();
