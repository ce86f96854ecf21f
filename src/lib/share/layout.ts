/**
 * Line layout for the share image: measuring, wrapping and truncating text with a font's advance widths.
 * The image draws text as glyph outlines (see svg.ts), so the layout, not the rasteriser, decides where lines
 * break; it must therefore know each glyph's width. Pure: the font is passed in, so tests use a made-up one.
 */

/** The glyphs of one font face, in font units (y down, origin on the baseline). */
export interface GlyphSource {
  unitsPerEm: number;
  /** Advance width of one code point. */
  advance(ch: string): number;
  /** SVG path data of one code point's outline; '' for a blank glyph (space). */
  outline(ch: string): string;
}

/** The two faces the card uses. */
export interface Fonts {
  regular: GlyphSource;
  bold: GlyphSource;
}

export const ELLIPSIS = '…';

/** Width in px of `text` set in `font` at `size` px. */
export function widthOf(text: string, font: GlyphSource, size: number): number {
  let units = 0;
  for (const ch of text) units += font.advance(ch);
  return (units * size) / font.unitsPerEm;
}

/** Data text on one line: runs of white space (line breaks, tabs, full-width spaces) become one space. */
export const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** Characters that may not start a line (Chinese line-breaking rule 避头点). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’%…·,.;:?!)]}']);

/**
 * Breaking units: a run of Latin letters, digits and the marks inside numbers (157.50, 2023-05, A-3) stays
 * whole; every other code point (a Chinese character, punctuation, a space) is a unit of its own.
 */
function units(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.,%/-]*|[\s\S]/gu) ?? [];
}

/** Splits a unit wider than a whole line into code points. */
const explode = (u: string[], font: GlyphSource, size: number, max: number): string[] =>
  u.flatMap((x) => (x.length > 1 && widthOf(x, font, size) > max ? [...x] : [x]));

/** `line` shortened until it and "…" fit in `max` px, then "…" added. */
export function truncate(line: string, font: GlyphSource, size: number, max: number): string {
  const chars = [...line.trimEnd()];
  while (chars.length && widthOf(chars.join('') + ELLIPSIS, font, size) > max) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/**
 * `text` broken into at most `maxLines` lines of at most `max` px; when it does not fit, the last line ends
 * in "…". White space is collapsed, a line never starts with a space or with closing punctuation (the unit
 * before it moves down with it).
 */
export function wrap(text: string, font: GlyphSource, size: number, max: number, maxLines: number): string[] {
  const all = explode(units(oneLine(text)), font, size, max);
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  for (const u of all) {
    const w = widthOf(u, font, size);
    if (line.length && width + w > max) {
      const next: string[] = [];
      // Keep closing punctuation off the start of the next line: carry the unit before it along.
      if (NO_LINE_START.has(u) && line.length > 1) next.push(line.pop()!);
      lines.push(line);
      line = next;
      width = widthOf(next.join(''), font, size);
    }
    if (!line.length && u === ' ') continue;
    line.push(u);
    width += w;
  }
  if (line.length) lines.push(line);
  const out = lines.map((l) => l.join('').trimEnd());
  if (out.length <= maxLines) return out;
  const kept = out.slice(0, maxLines);
  kept[maxLines - 1] = truncate(kept[maxLines - 1]!, font, size, max);
  return kept;
}

/**
 * One line at the largest of `sizes` (px, largest first) at which it fits `max`; at the smallest size it is
 * truncated with "…" if it still does not fit.
 */
export function fitLine(
  text: string,
  font: GlyphSource,
  sizes: readonly number[],
  max: number,
): { text: string; size: number } {
  const t = oneLine(text);
  for (const size of sizes) if (widthOf(t, font, size) <= max) return { text: t, size };
  const size = sizes.at(-1)!;
  return { text: truncate(t, font, size, max), size };
}

/**
 * Like wrap(), but lines of even length when the text fits: the narrowest width (to the px) that still needs
 * no more lines than `max` does, so a title never leaves one character on a line of its own.
 */
export function wrapBalanced(text: string, font: GlyphSource, size: number, max: number, maxLines: number): string[] {
  const lines = wrap(text, font, size, max, maxLines);
  if (lines.length < 2 || lines.at(-1)!.endsWith(ELLIPSIS)) return lines;
  let lo = Math.floor(max / lines.length);
  let hi = max;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const at = wrap(text, font, size, mid, maxLines);
    if (at.length <= lines.length && !at.at(-1)!.endsWith(ELLIPSIS)) hi = mid;
    else lo = mid + 1;
  }
  return wrap(text, font, size, hi, maxLines);
}
