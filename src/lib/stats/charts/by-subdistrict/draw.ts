import type { SvgNode } from '../../../charts/svg.ts';
import { drawPayGroups, type PayGroupsState } from '../pay-groups/groups.ts';
import { SVG_DESC, SVG_TITLE } from './constants.ts';

export const drawBySubdistrict = (s: PayGroupsState, width: number, id: string): SvgNode =>
  drawPayGroups(s, { title: SVG_TITLE, desc: SVG_DESC }, width, id);
