/**
 * Draws the share images of many notices (in a worker thread during the build, see scripts/share-images.ts):
 * loads the font once, builds each card's SVG and takes its PNG from the cache or draws it.
 */
import { loadFonts } from './font.ts';
import { cachedImage, loadRasteriser, rasteriserVersion } from './render.ts';
import { cardSvg } from './svg.ts';
import type { ShareFacts } from './card.ts';

export interface DrawJob {
  id: string;
  facts: ShareFacts;
}

export interface DrawInput {
  jobs: DrawJob[];
  fonts: { regular: string; bold: string };
  cacheDir: string;
}

export interface DrawResult {
  /** [project id, cached PNG file], in the order of the jobs. */
  files: Array<[string, string]>;
  drawn: number;
  reused: number;
  /** Time spent, ms: loading the font, and building the SVGs and drawing or finding the PNGs. */
  fontMs: number;
  imagesMs: number;
}

export async function drawAll({ jobs, fonts: faces, cacheDir }: DrawInput): Promise<DrawResult> {
  const t0 = performance.now();
  const [fonts, rasterise] = await Promise.all([loadFonts(faces), loadRasteriser()]);
  const rasteriser = rasteriserVersion();
  const t1 = performance.now();
  const files: Array<[string, string]> = [];
  let drawn = 0;
  for (const { id, facts } of jobs) {
    const image = cachedImage(cardSvg(facts, fonts), cacheDir, rasterise, rasteriser);
    if (image.drawn && ++drawn % 20 === 0) {
      // resvg frees each image's pixels (~1 MB) in a finalizer that runs only once the event loop turns:
      // without this, 25,000 images in one synchronous loop would hold gigabytes.
      await new Promise((turn) => setImmediate(turn));
    }
    files.push([id, image.file]);
  }
  const t2 = performance.now();
  return { files, drawn, reused: jobs.length - drawn, fontMs: t1 - t0, imagesMs: t2 - t1 };
}
