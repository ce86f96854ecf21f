import type { ChartInput } from '../chart.ts';
import { payGroupsState, type PayGroupsState } from '../pay-groups/groups.ts';
import { inVocabularyOrder } from '../../../vocab/order.ts';

/** Projects by 项目类型, in the national defaults' order, a district's own types after them. */
export const byTypeState = (input: ChartInput): PayGroupsState =>
  payGroupsState(input, { by: (p) => p.type, order: (keys) => inVocabularyOrder('projectTypes', keys) });
