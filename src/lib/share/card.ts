/**
 * What a notice's link preview (WeChat share card, Open Graph) says. STUB: the share-card work replaces the body
 * (title, description and a PNG drawn at build time); the notice page only reads this interface.
 */
import type { Project } from '../../schemas/project.ts';
import { iconPath } from '../routes.ts';

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

export function shareCard(p: Project): ShareCard {
  return {
    title: `以工代赈项目公示：${p.name}`,
    description: `${p.subdistrict}${p.location}`,
    image: iconPath(512),
    width: 512,
    height: 512,
  };
}
