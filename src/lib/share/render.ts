/**
 * SVG → PNG with resvg (@resvg/resvg-js: a prebuilt binary inside the npm package, no download at install),
 * cached by a hash of exactly what is drawn, so an unchanged notice is not drawn again.
 *
 * The key is the SVG itself (which holds every glyph outline, so a change of font, text or layout changes
 * it) plus the rasteriser's name and version (a new resvg may set pixels differently).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
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
  if (existsSync(file)) return { file, drawn: false };
  mkdirSync(join(file, '..'), { recursive: true });
  const tmp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, rasterise(svg));
  renameSync(tmp, file);
  return { file, drawn: true };
}
