/**
 * Share images: line layout (wrapping, truncation, punctuation), the SVG (escaping, what is drawn where),
 * the cache (keys, drawn once), the card's text and the committed PNG icons. A made-up font keeps the
 * expected layouts countable by hand: every non-ASCII character is 1 em wide, ASCII ½ em, and a glyph's
 * outline names its code point ("M60 0" is "<"), so the text drawn can be read back from the SVG.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import type { GlyphSource } from '../../src/lib/share/layout.ts';
import { fitLine, truncate, widthOf, wrap, wrapBalanced } from '../../src/lib/share/layout.ts';
import { cardSvg } from '../../src/lib/share/svg.ts';
import { escapeMarkup as escapeXml } from '../../src/lib/escape.ts';
import { cacheKey, cachePath, cachedImage, loadRasteriser, pruneCache } from '../../src/lib/share/render.ts';
import { compactPeriod, shareCard, shareFacts, type ShareFacts } from '../../src/lib/share/card.ts';
import { ICON_SIZES, iconSvg } from '../../src/lib/share/icon.ts';
import { fontFiles, loadFace } from '../../src/lib/share/font.ts';
import type { Project } from '../../src/schemas/project.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const fake: GlyphSource = {
  unitsPerEm: 1000,
  advance: (ch) => (ch.codePointAt(0)! < 128 ? 500 : 1000),
  outline: (ch) => (ch === ' ' ? '' : `M${ch.codePointAt(0)} 0`),
};
const fonts = { regular: fake, bold: fake };

// At 10 px a Chinese character is 10 px wide, an ASCII one 5 px.
describe('layout', () => {
  it('measures with the advance widths', () => {
    expect(widthOf('以工ab', fake, 20)).toBe(60);
  });

  it('wraps Chinese text anywhere, within the width', () => {
    expect(wrap('一二三四五六七八九十', fake, 10, 40, 3)).toEqual(['一二三四', '五六七八', '九十']);
  });

  it('truncates the last line with "…" when the text needs more lines', () => {
    expect(wrap('甲乙丙丁戊己庚辛壬癸子丑寅卯', fake, 10, 40, 3)).toEqual(['甲乙丙丁', '戊己庚辛', '壬癸子…']);
    expect(wrap('甲乙丙丁戊', fake, 10, 40, 1)).toEqual(['甲乙丙…']);
    expect(truncate('甲乙丙丁', fake, 10, 25)).toBe('甲…');
  });

  it('keeps a number whole and moves it to the next line', () => {
    expect(wrap('一二三157.50万元', fake, 10, 50, 3)).toEqual(['一二三', '157.50万元']);
  });

  it('splits a Latin run wider than the line', () => {
    expect(wrap('abcdefghij', fake, 10, 20, 3)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never starts a line with closing punctuation or a space', () => {
    expect(wrap('一二三四，五', fake, 10, 40, 3)).toEqual(['一二三', '四，五']);
    expect(wrap('一二三四 五', fake, 10, 40, 3)).toEqual(['一二三四', '五']);
  });

  it('collapses line breaks and runs of spaces in data', () => {
    expect(wrap('  一\n\n二\t 三 ', fake, 10, 100, 3)).toEqual(['一 二 三']);
  });

  it('balances the lines of a title instead of leaving one character alone', () => {
    const fourteen = '一二三四五六七八九十甲乙丙丁';
    expect(wrap(fourteen, fake, 10, 130, 3)).toEqual(['一二三四五六七八九十甲乙丙', '丁']);
    expect(wrapBalanced(fourteen, fake, 10, 130, 3)).toEqual(['一二三四五六七', '八九十甲乙丙丁']);
    // Too long for three lines: the full width is used and the end cut.
    expect(wrapBalanced('一二三四五六七八九十', fake, 10, 30, 3)).toEqual(['一二三', '四五六', '七八…']);
  });

  it('fits one line by the largest size that fits, else truncates at the smallest', () => {
    expect(fitLine('一二三四', fake, [26, 22, 18], 100)).toEqual({ text: '一二三四', size: 22 });
    expect(fitLine('一二三四五六七', fake, [26, 22, 18], 100)).toEqual({ text: '一二三四…', size: 18 });
  });
});

/** The text of each drawn line, read back from the made-up outlines, with the line's position and size. */
function drawnLines(svg: string): Array<{ x: number; y: number; size: number; text: string }> {
  return [
    ...svg.matchAll(/<g fill="[^"]+" transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)">(.*?)<\/g>/g),
  ].map(([, x, y, k, paths]) => ({
    x: Number(x),
    y: Number(y),
    size: Math.round(Number(k) * 1000),
    text: [...paths!.matchAll(/d="M(\d+) 0"/g)].map(([, cp]) => String.fromCodePoint(Number(cp))).join(''),
  }));
}

const facts: ShareFacts = {
  name: `<b>&"引号"'村</b>`,
  period: '2024年4月1日至7日',
  pay: '9.60 万元',
  workers: '12 人',
  site: '某某县以工代赈信息公开',
};

describe('cardSvg', () => {
  it('escapes & < > " \' for XML', () => {
    expect(escapeXml(`<script>a&b"c'd</script>`)).toBe('&lt;script&gt;a&amp;b&quot;c&#39;d&lt;/script&gt;');
  });

  it('is well-formed XML whose only text is the escaped title: data never becomes markup', () => {
    const svg = cardSvg(facts, fonts);
    const elements: string[] = [];
    const texts: string[] = [];
    const p = new SaxesParser();
    p.on('opentag', (t) => elements.push(t.name));
    p.on('text', (t) => texts.push(t));
    p.write(svg).close();
    expect(new Set(elements)).toEqual(new Set(['svg', 'title', 'rect', 'g', 'path']));
    expect(texts.join('')).toBe(
      `以工代赈项目公示：<b>&"引号"'村</b>。公示期2024年4月1日至7日；预计劳务报酬9.60 万元；计划用工12 人。某某县以工代赈信息公开`,
    );
    expect(svg).not.toContain('<b>');
  });

  it('draws the heading, the name, the three facts and the site name', () => {
    const lines = drawnLines(cardSvg(facts, fonts)).map((l) => l.text);
    // Spaces have no outline, so they do not appear in the text read back.
    expect(lines).toEqual([
      '以工代赈项目公示',
      `<b>&"引号"'村</b>`,
      '公示期',
      '2024年4月1日至7日',
      '预计劳务报酬',
      '9.60万元',
      '计划用工',
      '12人',
      '某某县以工代赈信息公开',
    ]);
  });

  it('wraps a long name into three lines ending in "…" and shrinks a long value', () => {
    // 416 px of width: 13 characters at 32 px a line.
    const name = '青松街道石门村至柳林村段农村公路路面硬化及排水沟、错车道、安全防护设施配套建设以工代赈示范工程';
    const pay = '不低于一百五十七万五千元整另加配套资金';
    const lines = drawnLines(cardSvg({ ...facts, name, pay }, fonts));
    const nameLines = lines.filter((l) => l.size === 32);
    expect(nameLines.map((l) => l.text)).toEqual([
      '青松街道石门村至柳林村段农',
      '村公路路面硬化及排水沟、错',
      '车道、安全防护设施配套建…',
    ]);
    expect(nameLines.map((l) => l.y)).toEqual([150, 192, 234]);
    // Values start after 预计劳务报酬 (6 × 22 px) and a 12 px gap: 416 − 132 − 12 = 272 px, room for 15 characters at 18 px.
    expect(lines.find((l) => l.text.startsWith('不低于'))).toMatchObject({
      size: 18,
      text: '不低于一百五十七万五千元整另…',
    });
  });

  it('is the same string for the same facts (the cache key relies on it)', () => {
    expect(cardSvg(facts, fonts)).toBe(cardSvg({ ...facts }, fonts));
  });
});

describe('cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ygdz-share-unit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keys by the SVG and the rasteriser version', () => {
    const k = cacheKey('<svg/>', 'r@1');
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey('<svg/>', 'r@1')).toBe(k);
    expect(cacheKey('<svg />', 'r@1')).not.toBe(k);
    expect(cacheKey('<svg/>', 'r@2')).not.toBe(k);
    expect(cachePath('/c', k)).toBe(`/c/${k.slice(0, 2)}/${k}.png`);
  });

  it('draws an image once, then reuses the file', () => {
    let calls = 0;
    const rasterise = (svg: string) => {
      calls++;
      return Buffer.from(`png of ${svg}`);
    };
    const first = cachedImage('<svg>a</svg>', dir, rasterise, 'r@1');
    const again = cachedImage('<svg>a</svg>', dir, rasterise, 'r@1');
    const other = cachedImage('<svg>b</svg>', dir, rasterise, 'r@1');
    expect([first.drawn, again.drawn, other.drawn, calls]).toEqual([true, false, true, 2]);
    expect(again.file).toBe(first.file);
    expect(readFileSync(first.file, 'utf8')).toBe('png of <svg>a</svg>');
    // No temporary file is left behind.
    expect(readdirSync(join(first.file, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('deletes images no build used for 30 days; using one keeps it', () => {
    const draw = (svg: string) => Buffer.from(svg);
    const old = cachedImage('<svg>old</svg>', dir, draw, 'r@1').file;
    const used = cachedImage('<svg>used</svg>', dir, draw, 'r@1').file;
    const recent = cachedImage('<svg>recent</svg>', dir, draw, 'r@1').file;
    const day = 86_400_000;
    const ago = (days: number) => new Date(Date.now() - days * day);
    utimesSync(old, ago(31), ago(31));
    utimesSync(used, ago(31), ago(31));
    utimesSync(recent, ago(29), ago(29));
    expect(cachedImage('<svg>used</svg>', dir, draw, 'r@1').drawn).toBe(false);
    expect(statSync(used).mtimeMs).toBeGreaterThan(Date.now() - day);
    expect(pruneCache(dir)).toBe(1);
    expect([existsSync(old), existsSync(used), existsSync(recent)]).toEqual([false, true, true]);
  });
});

const project = {
  id: 'SH2024-001',
  name: '石门村道路',
  subdistrict: '青松街道',
  location: '石门村',
  noticeStart: '2024-05-30',
  noticeEnd: '2024-06-05',
  plannedPayFen: 9_600_000,
  plannedWorkers: 12,
} as unknown as Project;

describe('share card', () => {
  it('writes the 公示期 short: the end without the year (and month) the start already says', () => {
    expect(compactPeriod({ noticeStart: '2024-04-01', noticeEnd: '2024-04-07' })).toBe('2024年4月1日至7日');
    expect(compactPeriod({ noticeStart: '2024-05-30', noticeEnd: '2024-06-05' })).toBe('2024年5月30日至6月5日');
    expect(compactPeriod({ noticeStart: '2024-12-28', noticeEnd: '2025-01-03' })).toBe('2024年12月28日至2025年1月3日');
    expect(compactPeriod({})).toBe('未定');
  });

  it('says where, how much and when in one line, with the drawn image when the build drew it', () => {
    expect(shareCard(project, true)).toEqual({
      title: '以工代赈项目公示：石门村道路',
      description: '青松街道石门村，预计劳务报酬 9.60 万元，公示期 2024年5月30日 至 2024年6月5日',
      image: '/share/SH2024-001.png',
      width: 480,
      height: 480,
    });
    expect(shareCard({ ...project, noticeStart: undefined, noticeEnd: undefined }, false)).toMatchObject({
      description: '青松街道石门村，预计劳务报酬 9.60 万元，公示期未定',
      image: '/icon-512.png',
      width: 512,
      height: 512,
    });
  });

  it('writes a worded sum without a space after the label', () => {
    const p = { ...project, plannedPayText: '不低于157.50万元' } as Project;
    expect(shareCard(p, true).description).toBe(
      '青松街道石门村，预计劳务报酬不低于157.50万元，公示期 2024年5月30日 至 2024年6月5日',
    );
  });

  it('draws what the notice states', () => {
    const p = { ...project, plannedPayText: '不低于157.50万元', plannedWorkersText: '90余人' } as Project;
    expect(shareFacts(p, '某某省某某县')).toEqual({
      name: '石门村道路',
      period: '2024年5月30日至6月5日',
      pay: '不低于157.50万元',
      workers: '90余人',
      site: '某某省某某县以工代赈信息公开',
    });
  });
});

describe('font and icons', () => {
  it('reads Noto Sans SC from the npm package: full-width Chinese, outlines, a blank space', async () => {
    const files = fontFiles();
    if ('missing' in files) throw new Error(files.missing);
    const face = await loadFace(files.regular);
    expect(face.advance('赈')).toBe(face.unitsPerEm);
    expect(face.outline('赈')).toMatch(/^M[\d.-]+ [\d.-]+/);
    expect(face.outline(' ')).toBe('');
    expect(face.advance('1')).toBeLessThan(face.unitsPerEm);
  });

  it('reports a folder without the font files', () => {
    expect(fontFiles(tmpdir())).toEqual({ missing: expect.stringContaining('找不到中文字体文件') });
  });

  it('commits PNG icons of 180 and 512 px that match their source', async () => {
    const rasterise = await loadRasteriser();
    for (const size of ICON_SIZES) {
      const png = readFileSync(join(ROOT, 'public', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      expect(
        png.equals(rasterise(iconSvg(size))),
        `public/icon-${size}.png is stale: node scripts/share-images.ts --icons`,
      ).toBe(true);
    }
  });
});
