/** Columns several ledgers share, declared once so their header, cell type and example cannot drift apart. */
import { code } from './cellTypes.ts';
import { col } from './types.ts';

/** The example project number every template uses, so the templates refer to each other. */
export const EXAMPLE_PROJECT_ID = 'LS2024-001';

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
