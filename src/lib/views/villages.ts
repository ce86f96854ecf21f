/**
 * Village (村、社区) pages. STUB: the village-page work replaces the body; notices only call villageLinkFor().
 */
import type { Project } from '../../schemas/project.ts';
import { villagePath } from '../routes.ts';

/** The village page a notice links to (its 建设地点's village), or undefined when it has none. */
export function villageLinkFor(p: Project): { href: string; label: string } | undefined {
  return { href: villagePath(p.location), label: p.location };
}
