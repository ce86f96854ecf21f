/**
 * Share images in a built site (tests/fixtures/share, facts in its README.md): every notice's og:image is a
 * 480 × 480 PNG at /share/<项目编号>.png; a second build with the same cache draws nothing and yields the same
 * bytes; a machine without the font builds the site anyway, says so, and the cards show the icon.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, listFiles, runScript, tempDir, treeHash } from '../helpers/site.ts';

const IDS = ['SH2024-001', 'SH2024-002'];
const cache = tempDir('share-cache-');

function build(env: Record<string, string> = {}) {
  const out = join(tempDir('share-'), 'site');
  const r = runScript('build.ts', [], {
    DATA_DIR: fixture('share'),
    OUT_DIR: out,
    SITE_TODAY: '2024-06-30',
    YGDZ_SHARE_CACHE: cache,
    ...env,
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return { out, log: r.stdout + r.stderr };
}

const meta = (html: string, property: string) =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];

/** Width and height from a PNG's IHDR, after checking the signature. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(b.subarray(12, 16).toString()).toBe('IHDR');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('share images', () => {
  let first: ReturnType<typeof build>;
  let second: ReturnType<typeof build>;
  beforeAll(() => {
    first = build();
    second = build();
  });

  it('gives every notice an og:image that is a 480 × 480 PNG in the site', () => {
    for (const id of IDS) {
      const html = readFileSync(join(first.out, 'projects', id, 'index.html'), 'utf8');
      expect(meta(html, 'og:image')).toBe(`https://ygdz.example.cn/share/${id}.png`);
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['480', '480']);
      expect(pngSize(join(first.out, 'share', `${id}.png`))).toEqual([480, 480]);
    }
    expect(listFiles(join(first.out, 'share')).length).toBe(IDS.length);
    for (const size of [180, 512]) expect(pngSize(join(first.out, `icon-${size}.png`))).toEqual([size, size]);
  });

  it('draws each image once: a second build takes them all from the cache, byte for byte', () => {
    expect(first.log).toContain('分享图片：2 张（新绘制 2 张，使用缓存 0 张）');
    expect(second.log).toContain('分享图片：2 张（新绘制 0 张，使用缓存 2 张）');
    expect(treeHash(join(second.out, 'share'))).toBe(treeHash(join(first.out, 'share')));
  });

  it('builds without the font, says so, and points the cards at the icon', { timeout: 600_000 }, () => {
    const bare = build({ YGDZ_SHARE_FONT_DIR: tempDir('no-font-') });
    expect(bare.log).toContain('警告：分享图片未生成：找不到中文字体文件');
    expect(listFiles(join(bare.out, 'share'))).toEqual([]);
    const html = readFileSync(join(bare.out, 'projects', IDS[0]!, 'index.html'), 'utf8');
    expect(meta(html, 'og:image')).toBe('https://ygdz.example.cn/icon-512.png');
    expect(meta(html, 'og:image:width')).toBe('512');
  });
});
