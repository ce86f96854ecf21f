import { PROJECT_TYPES } from '../../../../schemas/options.ts';
import type { ChartInput } from '../chart.ts';
import { inList, payGroupsState, type PayGroupsState } from '../pay-groups/groups.ts';

/** Projects by 项目类型, in the order of 《国家以工代赈管理办法》. */
export const byTypeState = (input: ChartInput): PayGroupsState =>
  payGroupsState(input, { by: (p) => p.type, order: inList(PROJECT_TYPES) });
