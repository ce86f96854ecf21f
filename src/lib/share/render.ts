/**
 * SVG → PNG with resvg (@resvg/resvg-js: a prebuilt binary inside the npm package, no download at install),
 * cached by a hash of exactly what is drawn, so an unchanged notice is not drawn again.
 *
 * The key is the SVG itself (which holds every glyph outline, so a change of font, text or layout changes
 * it) plus the rasteriser's name and version (a new resvg may set pixels differently).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** Rasteriser name and version, part of every cache key. */
export function rasteriserVersion(): string {
  return `@resvg/resvg-js@${(require('@resvg/resvg-js/package.json') as { version: string }).version}`;
}

/** The cache key of one image: hex SHA-256 of the rasteriser version and the SVG. */
export const cacheKey = (svg: string, rasteriser: string): string =>
  createHash('sha256').update(rasteriser).update('\0').update(svg).digest('hex');

/** Where an image of `key` is kept: two levels, so no folder holds tens of thousands of files. */
export const cachePath = (dir: string, key: string): string => join(dir, key.slice(0, 2), `${key}.png`);

type Rasterise = (svg: string) => Buffer;

/** resvg, loaded on first use (its native binary may be missing on an unsupported platform). */
export async function loadRasteriser(): Promise<Rasterise> {
  const { Resvg } = await import('@resvg/resvg-js');
  // No system fonts: the SVG has outlines only, and scanning the system's fonts would cost time per image.
  return (svg) => new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * The cached PNG of `svg`, drawn and stored first when it is not there yet. Written to a temporary name and
 * renamed, so a build running at the same time never reads half an image. Returns the file and whether it
 * was drawn now.
 */
export function cachedImage(
  svg: string,
  dir: string,
  rasterise: Rasterise,
  rasteriser: string,
): { file: string; drawn: boolean } {
  const file = cachePath(dir, cacheKey(svg, rasteriser));
  if (existsSync(file)) {
    // Marked as used, so pruneCache() keeps it.
    const now = new Date();
    utimesSync(file, now, now);
    return { file, drawn: false };
  }
  mkdirSync(join(file, '..'), { recursive: true });
  const tmp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, rasterise(svg));
  renameSync(tmp, file);
  return { file, drawn: true };
}

/** Images no build has used for this long are deleted (a changed notice leaves its old image behind). */
export const CACHE_KEEP_DAYS = 30;

/**
 * Deletes cached images unused for CACHE_KEEP_DAYS (and temporary files of crashed builds as old), so the cache
 * does not grow without end. Another build may use an old image while this runs: such an image was just
 * touched, so it is kept. Returns how many files were deleted.
 */
export function pruneCache(dir: string, now = Date.now()): number {
  if (!existsSync(dir)) return 0;
  const before = now - CACHE_KEEP_DAYS * 86_400_000;
  let removed = 0;
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    const folder = join(dir, sub.name);
    for (const name of readdirSync(folder)) {
      const f = join(folder, name);
      if ((statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < before) {
        rmSync(f, { force: true });
        removed++;
      }
    }
  }
  return removed;
}
