/**
 * The share images of the notices (WeChat and other link previews), drawn at build time.
 *
 * scripts/build.ts calls startShareImages() before Astro renders the pages: a worker thread draws (or finds in
 * the cache) one PNG per notice on the second core while Astro renders, and placeInto() copies them into the
 * built site at shareImagePath(id) once Astro is done (Astro empties its output folder when it starts).
 * Images are cached by a hash of exactly what is drawn in node_modules/.cache/ygdz-share/ (YGDZ_SHARE_CACHE
 * moves it), so an unchanged notice is not drawn again.
 *
 * Run directly:
 *   node scripts/share-images.ts --bench [N]   ms per image, cold (empty cache) and warm, for N notices (2,000)
 *   node scripts/share-images.ts --icons       redraws public/icon-180.png and icon-512.png (src/lib/share/icon.ts)
 */
import { constants, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Project } from '../src/schemas/project.ts';
import { SHARE_IMAGES_ENV, shareFacts, type ShareFacts } from '../src/lib/share/card.ts';
import { drawAll, type DrawInput, type DrawResult } from '../src/lib/share/draw.ts';
import { fontFiles } from '../src/lib/share/font.ts';
import { ICON_SIZES, iconSvg } from '../src/lib/share/icon.ts';
import { CACHE_KEEP_DAYS, loadRasteriser, pruneCache } from '../src/lib/share/render.ts';
import { iconPath, shareImagePath } from '../src/lib/routes.ts';
import { int } from '../src/lib/format.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const SHARE_CACHE_DIR = process.env.YGDZ_SHARE_CACHE || join(ROOT, 'node_modules', '.cache', 'ygdz-share');

export interface ShareImages {
  /** Set when no images can be drawn on this machine: say so; the cards then show the site's icon. */
  warning?: string;
  /** Copies the drawn images into the built site; returns the line to print. */
  placeInto(site: string): Promise<string>;
}

/** Whether this machine can draw: the font package and resvg's native binary for this platform. */
async function unavailable(): Promise<string | undefined> {
  const fonts = fontFiles();
  if ('missing' in fonts) return fonts.missing;
  try {
    await loadRasteriser();
  } catch (e) {
    return `无法加载绘图程序 @resvg/resvg-js（${(e as Error).message.split('\n')[0]}）`;
  }
  return undefined;
}

/**
 * Draws in a worker thread, so the main thread goes on rendering pages. The worker does not keep the process
 * alive by itself (a build that fails elsewhere exits at once): `wait()` holds it while the result is awaited.
 */
function inWorker(input: DrawInput): { wait(): Promise<DrawResult> } {
  const w = new Worker(join(ROOT, 'src', 'lib', 'share', 'worker.ts'), { workerData: input });
  w.unref();
  const result = new Promise<DrawResult>((done, fail) => {
    w.once('message', done);
    w.once('error', fail);
    w.once('exit', (code) => fail(new Error(`分享图片的绘图线程意外退出（代码 ${code}）`)));
  });
  // A failure is reported by wait(); keep it from surfacing as an unhandled rejection meanwhile.
  result.catch(() => {});
  return {
    wait: () => {
      w.ref();
      return result;
    },
  };
}

/**
 * Starts drawing one image per project. Sets SHARE_IMAGES_ENV for the pages (shareCard) when images will be
 * there; otherwise returns a warning and the pages' cards use the site's icon.
 */
export async function startShareImages(
  projects: readonly Project[],
  districtFullName: string,
  cacheDir = SHARE_CACHE_DIR,
): Promise<ShareImages> {
  const why = await unavailable();
  if (why) {
    process.env[SHARE_IMAGES_ENV] = '0';
    return {
      warning: `警告：分享图片未生成：${why}。运行 npm ci 安装后重新构建；本次公示页的分享图片改用网站图标 ${iconPath(512)}。`,
      placeInto: async () => '分享图片：未生成',
    };
  }
  process.env[SHARE_IMAGES_ENV] = '1';
  const jobs = projects.map((p) => ({ id: p.id, facts: shareFacts(p, districtFullName) }));
  const fonts = fontFiles() as { regular: string; bold: string };
  const started = performance.now();
  const drawing = inWorker({ jobs, fonts, cacheDir });
  return {
    async placeInto(site) {
      const r = await drawing.wait();
      const waited = performance.now();
      for (const [id, file] of r.files) {
        const to = join(site, shareImagePath(id));
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(file, to, constants.COPYFILE_FICLONE);
      }
      const ms = Math.round(performance.now() - started);
      const copyMs = Math.round(performance.now() - waited);
      const pruned = pruneCache(cacheDir);
      return (
        `分享图片：${int(r.files.length)} 张（新绘制 ${int(r.drawn)} 张，使用缓存 ${int(r.reused)} 张），` +
        `字体 ${Math.round(r.fontMs)} ms，绘制 ${Math.round(r.imagesMs)} ms，复制 ${copyMs} ms，与页面生成同时进行，共 ${ms} ms` +
        (pruned ? `；缓存中删除 ${int(pruned)} 张 ${CACHE_KEEP_DAYS} 天未用的图片` : '')
      );
    },
  };
}

/** Synthetic notices for the benchmark: names of varied length, every one different. */
function benchFacts(n: number): ShareFacts[] {
  const words = ['道路硬化', '灌溉渠道', '河道治理', '生产便桥', '产业路', '排水沟', '村内道路提升', '高标准农田'];
  return Array.from({ length: n }, (_, i) => ({
    name: `某某镇第${i + 1}村${words[i % words.length]}${i % 3 === 0 ? '及配套设施建设以工代赈示范工程' : '工程'}`,
    period: `2025年${(i % 12) + 1}月${(i % 20) + 1}日至${(i % 20) + 7}日`,
    pay: i % 4 === 0 ? `不低于${(i % 300) + 10}.50万元` : `${(i % 300) + 10}.${String(i % 100).padStart(2, '0')} 万元`,
    workers: i % 5 === 0 ? `${(i % 90) + 10}余人` : `${(i % 90) + 10} 人`,
    site: '某某省某某市某某县以工代赈信息公开',
  }));
}

async function bench(n: number): Promise<void> {
  const fonts = fontFiles();
  if ('missing' in fonts) throw new Error(fonts.missing);
  const cacheDir = mkdtempSync(join(tmpdir(), 'ygdz-share-bench-'));
  try {
    const jobs = benchFacts(n).map((facts, i) => ({ id: `B${i}`, facts }));
    // CPU time beside wall time: the machine is often shared, and CPU time is what a free core would take.
    const timed = async () => {
      const cpu = process.cpuUsage();
      const r = await drawAll({ jobs, fonts, cacheDir });
      const used = process.cpuUsage(cpu);
      return { ...r, cpuMs: (used.user + used.system) / 1000 };
    };
    const cold = await timed();
    const warm = await timed();
    const per = (ms: number) => (ms / n).toFixed(2);
    const at = (ms: number) => `${Math.round((ms / n) * 25) / 1}`;
    const line = (what: string, r: typeof cold) =>
      `${what}：载入字体 ${Math.round(r.fontMs)} ms；每张 ${per(r.imagesMs)} ms（CPU 连同字体共 ${per(r.cpuMs)} ms），` +
      `25,000 张约 ${at(r.imagesMs)} s（CPU ${at(r.cpuMs)} s）`;
    console.log(`分享图片基准：${int(n)} 张，临时缓存在 ${dirname(cacheDir)}`);
    console.log(line(`冷（绘制 ${int(cold.drawn)} 张）`, cold));
    console.log(line(`热（复用 ${int(warm.reused)} 张）`, warm));
    console.log(`内存峰值（RSS）：${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function icons(): Promise<void> {
  const rasterise = await loadRasteriser();
  for (const size of ICON_SIZES) {
    const file = join(ROOT, 'public', iconPath(size));
    writeFileSync(file, rasterise(iconSvg(size)));
    console.log(`已写入 ${file}`);
  }
}

if (import.meta.main) {
  const [cmd, arg] = process.argv.slice(2);
  if (cmd === '--bench') await bench(Number(arg) || 2000);
  else if (cmd === '--icons') await icons();
  else {
    console.error('用法：node scripts/share-images.ts --bench [张数] | --icons');
    process.exitCode = 2;
  }
}
