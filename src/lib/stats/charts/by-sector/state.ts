import { SECTORS } from '../../../../schemas/options.ts';
import type { ChartInput } from '../chart.ts';
import { inList, payGroupsState, type PayGroupsState } from '../pay-groups/groups.ts';

/** Projects by 行业领域, in the ledger's order of sectors. */
export const bySectorState = (input: ChartInput): PayGroupsState =>
  payGroupsState(input, { by: (p) => p.sector, order: inList(SECTORS) });
