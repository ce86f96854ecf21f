import { byChinese } from '../../../collate.ts';
import type { ChartInput } from '../chart.ts';
import { payGroupsState, type PayGroupsState } from '../pay-groups/groups.ts';

/** Projects by 街道, names in pinyin order. */
export const bySubdistrictState = (input: ChartInput): PayGroupsState =>
  payGroupsState(input, { by: (p) => p.subdistrict, order: (k) => [...k].sort(byChinese) });
