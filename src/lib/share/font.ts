/**
 * The CJK font the share images are drawn with: Noto Sans SC (SIL Open Font License) from the npm package
 * @expo-google-fonts/noto-sans-sc, so `npm ci` brings it to every machine and every machine draws the same
 * pixels (a system font would differ between machines, or be missing on a fresh one). Read with opentype.js;
 * each character's outline is made once and kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GlyphSource, Fonts } from './layout.ts';

const require = createRequire(import.meta.url);

export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FACES = { regular: '400Regular/NotoSansSC_400Regular.ttf', bold: '700Bold/NotoSansSC_700Bold.ttf' } as const;

/**
 * The font files, or why they cannot be had. `dir` (YGDZ_SHARE_FONT_DIR) replaces the package's folder: tests
 * point it at an empty folder to check that a machine without the font still builds the site.
 */
export function fontFiles(
  dir = process.env.YGDZ_SHARE_FONT_DIR,
): { regular: string; bold: string } | { missing: string } {
  if (!dir) {
    try {
      dir = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
    } catch {
      return { missing: `找不到中文字体 ${FONT_PACKAGE}` };
    }
  }
  const files = { regular: join(dir, FACES.regular), bold: join(dir, FACES.bold) };
  const absent = Object.values(files).find((f) => !existsSync(f));
  return absent ? { missing: `找不到中文字体文件 ${absent}` } : files;
}

/** One decimal in font units: far below a pixel at any size drawn, and stable text for the cache key. */
const n = (v: number | undefined) => String(Math.round((v ?? 0) * 10) / 10);

/** A face read from a TrueType/OpenType file. */
export async function loadFace(file: string): Promise<GlyphSource> {
  const { default: opentype } = await import('opentype.js');
  const bytes = readFileSync(file);
  // lowMemory: glyphs are parsed when first asked for, not all 30,000 up front (~10× less memory, faster start).
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), {
    lowMemory: true,
  });
  const cache = new Map<string, { d: string; advance: number }>();
  const glyph = (ch: string) => {
    let g = cache.get(ch);
    if (!g) {
      const og = font.charToGlyph(ch);
      let d = '';
      // getPath at size = unitsPerEm gives the outline in font units with y pointing down, as SVG wants.
      for (const c of og.getPath(0, 0, font.unitsPerEm).commands) {
        if (c.type === 'Z') d += 'Z';
        else if (c.type === 'Q') d += `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
        else if (c.type === 'C') d += `C${[c.x1, c.y1, c.x2, c.y2, c.x, c.y].map(n).join(' ')}`;
        else d += `${c.type}${n(c.x)} ${n(c.y)}`;
      }
      g = { d, advance: og.advanceWidth ?? font.unitsPerEm };
      cache.set(ch, g);
    }
    return g;
  };
  return { unitsPerEm: font.unitsPerEm, advance: (ch) => glyph(ch).advance, outline: (ch) => glyph(ch).d };
}

export async function loadFonts(files: { regular: string; bold: string }): Promise<Fonts> {
  const [regular, bold] = await Promise.all([loadFace(files.regular), loadFace(files.bold)]);
  return { regular, bold };
}
