/** Columns several ledgers share, declared once so their header, cell type and example cannot drift apart. */
import { code } from './cellTypes.ts';
import { col } from './types.ts';
import { term } from './vocabCells.ts';

/** The example project number every template uses, so the templates refer to each other. */
export const EXAMPLE_PROJECT_ID = 'XM2024-001';

/**
 * A column naming a project of projects.csv. The reference itself is declared in the ledger's `references`;
 * this only fixes how the column is written.
 */
export const projectIdColumn = (o: { header?: string; required: boolean; public: boolean; description: string }) =>
  col({
    key: 'projectId',
    header: o.header ?? '项目编号',
    required: o.required,
    cell: code('项目编号'),
    public: o.public,
    example: EXAMPLE_PROJECT_ID,
    description: o.description,
  });

/** 发放方式, as payouts and pay batches write it. */
export const payMethodColumn = () =>
  col({
    key: 'method',
    header: '发放方式',
    required: false,
    cell: term('payMethods'),
    public: true,
    example: '银行代发',
    description: '发放方式；原则上通过银行代发或“一卡通”发放到本人账户',
  });

/**
 * What both pay ledgers check of a payment: it cannot be dated before the month it pays for (`monthLabel`
 * names that column), and cash is allowed but must be signed for. The caller reports each at its column.
 */
export function paymentProblems(
  p: { month?: string; paidOn?: string; method?: string },
  monthLabel: string,
): { key: 'paidOn' | 'method'; severity: 'error' | 'warning'; message: string }[] {
  const out: ReturnType<typeof paymentProblems> = [];
  if (p.month && p.paidOn && p.paidOn < `${p.month}-01`)
    out.push({
      key: 'paidOn',
      severity: 'error',
      message: `发放日期 ${p.paidOn} 早于${monthLabel} ${p.month}，请核对`,
    });
  if (p.method === '现金')
    out.push({
      key: 'method',
      severity: 'warning',
      message: '以现金发放劳务报酬，请留存签收凭证；政策要求原则上通过银行代发或“一卡通”发放到本人账户',
    });
  return out;
}
