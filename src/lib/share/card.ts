/**
 * What a notice's link preview (WeChat share card, Open Graph) says, and the facts its PNG image shows. The
 * notice page reads shareCard(); the build draws shareFacts() into the image at shareImagePath(id)
 * (scripts/share-images.ts). Both read the same helpers as the notice, so the card never disagrees with it.
 */
import type { Project } from '../../schemas/project.ts';
import { iconPath, shareImagePath } from '../routes.ts';
import { chineseDate } from '../dates.ts';
import { noticePeriod, plannedPayText, plannedWorkersText } from '../views/projectFacts.ts';

export interface ShareCard {
  /** og:title: the notice's title. */
  title: string;
  /** og:description: one line a resident reads in the chat. */
  description: string;
  /** Site path of the PNG image (absolute URL made by the page). */
  image: string;
  /** Image size in px. */
  width: number;
  height: number;
}

/**
 * The image is square: WeChat shows a link's image as a small square thumbnail (cropping anything wider), and
 * 480 px is sharp when the image is opened on a phone while drawing in about 6 ms.
 */
export const SHARE_IMAGE_SIZE = 480;

/**
 * Set to "1" by the build while it draws the images (scripts/share-images.ts). Without it (npm run dev, or a
 * machine where the rasteriser or its font is missing) cards point at the site's icon, which always exists.
 */
export const SHARE_IMAGES_ENV = 'YGDZ_SHARE_IMAGES';

/** What the share image of one notice shows, as plain text (data: escaped or outlined when drawn). */
export interface ShareFacts {
  /** The project's name (wrapped, and truncated with "…" when very long). */
  name: string;
  /** 公示期, compact: "2023年6月15日至6月21日". */
  period: string;
  /** 预计劳务报酬 as the notice writes it: "27.88 万元", "不低于157.50万元". */
  pay: string;
  /** 计划用工: "20 人", "90余人". */
  workers: string;
  /** The site's name, as in every page's header. */
  site: string;
}

/** The site's name (the header of every page): "<区县全称>以工代赈信息公开". */
export const siteNameOf = (districtFullName: string): string => `${districtFullName}以工代赈信息公开`;

/** 公示期 short enough for one line of the image: the end's year (and month) left out when the start has it. */
export function compactPeriod(p: Pick<Project, 'noticeStart' | 'noticeEnd'>): string {
  const { noticeStart: a, noticeEnd: b } = p;
  if (!a || !b) return '未定';
  const end = chineseDate(b);
  if (a.slice(0, 4) !== b.slice(0, 4)) return `${chineseDate(a)}至${end}`;
  const sameMonth = a.slice(0, 7) === b.slice(0, 7);
  return `${chineseDate(a)}至${end.slice(end.indexOf(sameMonth ? '月' : '年') + 1)}`;
}

export function shareFacts(p: Project, districtFullName: string): ShareFacts {
  return {
    name: p.name,
    period: compactPeriod(p),
    pay: plannedPayText(p),
    workers: plannedWorkersText(p),
    site: siteNameOf(districtFullName),
  };
}

export function shareCard(p: Project, drawn = process.env[SHARE_IMAGES_ENV] === '1'): ShareCard {
  const period = noticePeriod(p);
  const pay = plannedPayText(p);
  return {
    title: `以工代赈项目公示：${p.name}`,
    description:
      // A space before a number only: "预计劳务报酬 27.88 万元", "预计劳务报酬不低于157.50万元".
      `${p.subdistrict}${p.location}，预计劳务报酬${/^\d/.test(pay) ? ' ' : ''}${pay}，` +
      (period === '未定' ? '公示期未定' : `公示期 ${period}`),
    ...(drawn
      ? { image: shareImagePath(p.id), width: SHARE_IMAGE_SIZE, height: SHARE_IMAGE_SIZE }
      : { image: iconPath(512), width: 512, height: 512 }),
  };
}
