/**
 * The share image of one notice as SVG. Text is drawn as the font's glyph outlines, not as <text>: the
 * rasteriser then needs no font at all (shaping a CJK font costs it ~1 ms a character; outlines drawn once per
 * character and reused make an image ~20× faster), the image is the same on every machine, and the layout
 * knows exactly where lines break. Data never becomes markup: it is outlined, and the one place it appears as
 * text, the accessible <title>, is escaped.
 */
import { fitLine, widthOf, wrapBalanced, type Fonts, type GlyphSource } from './layout.ts';
import { SHARE_IMAGE_SIZE, type ShareFacts } from './card.ts';
import { escapeMarkup } from '../escape.ts';

const S = SHARE_IMAGE_SIZE;
const MARGIN = 32;
const INNER = S - 2 * MARGIN;
const ACCENT = '#0b5cad';
const INK = '#1a1a1a';
const MUTED = '#555';

/** The layout, in px. Name: up to three lines below the band; facts: three rows; site name at the foot. */
export const LAYOUT = {
  band: 96,
  heading: { size: 34, baseline: 62 },
  name: { size: 32, lineHeight: 42, top: 150, maxLines: 3 },
  rule: 262,
  rows: { baseline: 300, step: 44, label: 22, value: [26, 22, 18] as const, gap: 12 },
  site: { size: 18, baseline: 452, sizes: [18, 15] as const },
} as const;

/** One line of text as outlines: a group scaled from font units, one path per visible glyph. */
export function textPaths(text: string, font: GlyphSource, size: number, x: number, y: number, fill: string): string {
  let paths = '';
  let pen = 0;
  for (const ch of text) {
    const d = font.outline(ch);
    if (d) paths += pen ? `<path transform="translate(${pen})" d="${d}"/>` : `<path d="${d}"/>`;
    pen += font.advance(ch);
  }
  return paths
    ? `<g fill="${fill}" transform="translate(${x} ${y}) scale(${size / font.unitsPerEm})">${paths}</g>`
    : '';
}

/** The site's mark (the favicon's house), white, `size` px, at x, y. */
const mark = (x: number, y: number, size: number) =>
  `<path transform="translate(${x} ${y}) scale(${size / 32})" d="M7 22h18M10 22V12l6-4 6 4v10" fill="none" ` +
  `stroke="#fff" stroke-width="2.5" stroke-linejoin="round"/>`;

/** The SVG drawn into the share image. Same facts and fonts → same string (the image cache relies on it). */
export function cardSvg(f: ShareFacts, fonts: Fonts): string {
  const L = LAYOUT;
  const out: string[] = [];
  out.push(`<rect width="${S}" height="${S}" fill="#fff"/>`);
  out.push(`<rect width="${S}" height="${L.band}" fill="${ACCENT}"/>`);
  out.push(textPaths('以工代赈项目公示', fonts.bold, L.heading.size, MARGIN, L.heading.baseline, '#fff'));
  out.push(mark(S - MARGIN - 64, (L.band - 64) / 2, 64));

  wrapBalanced(f.name, fonts.bold, L.name.size, INNER, L.name.maxLines).forEach((line, i) =>
    out.push(textPaths(line, fonts.bold, L.name.size, MARGIN, L.name.top + i * L.name.lineHeight, INK)),
  );
  out.push(`<rect x="${MARGIN}" y="${L.rule}" width="${INNER}" height="2" fill="${ACCENT}"/>`);

  const rows: Array<[string, string]> = [
    ['公示期', f.period],
    ['预计劳务报酬', f.pay],
    ['计划用工', f.workers],
  ];
  // Values start after the widest label, so the three values line up.
  const labels = Math.ceil(Math.max(...rows.map(([l]) => widthOf(l, fonts.regular, L.rows.label))));
  rows.forEach(([label, value], i) => {
    const y = L.rows.baseline + i * L.rows.step;
    out.push(textPaths(label, fonts.regular, L.rows.label, MARGIN, y, MUTED));
    const x = MARGIN + labels;
    const v = fitLine(value, fonts.bold, L.rows.value, S - MARGIN - x - L.rows.gap);
    out.push(textPaths(v.text, fonts.bold, v.size, x + L.rows.gap, y, INK));
  });

  const site = fitLine(f.site, fonts.regular, L.site.sizes, INNER);
  out.push(`<rect x="0" y="${L.site.baseline - 36}" width="${S}" height="1" fill="#ddd"/>`);
  out.push(textPaths(site.text, fonts.regular, site.size, MARGIN, L.site.baseline, MUTED));

  const title = `以工代赈项目公示：${f.name}。公示期${f.period}；预计劳务报酬${f.pay}；计划用工${f.workers}。${f.site}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${S} ${S}">` +
    `<title>${escapeMarkup(title)}</title>${out.join('')}</svg>`
  );
}
