import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../src/lib/ingest/problems.ts';
import { csv, memorySource } from '../helpers/memory.ts';
import * as L from '../helpers/ledgers.ts';

// 检查类型 is optional: a known type is published, a blank stays blank, anything else is an error at file:line:column.
async function run(inspections: string) {
  const r = await ingest(memorySource({ ...L.validFolder(), 'inspections.csv': inspections }), {
    today: '2026-01-01',
  });
  return {
    errors: r.problems.list.filter((p) => p.severity === 'error').map(formatProblem),
    kinds: r.content?.inspections.map((i) => i.kind),
  };
}

describe('检查类型', () => {
  it('publishes a known type and leaves a blank one blank (not guessed as 其他)', async () => {
    const r = await run(
      csv(
        L.INSPECTIONS_HEADER,
        L.inspection().replace(',实施,,', ',实施,季度监管,'),
        L.inspection({ date: '2023-07-01' }),
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.kinds).toEqual(['季度监管', undefined]);
  });

  it('rejects an unknown type with its file, line and column', async () => {
    const r = await run(csv(L.INSPECTIONS_HEADER, L.inspection().replace(',实施,,', ',实施,年度检查,')));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^inspections\.csv:2:检查类型: .*季度监管、监理检查、专项督导、其他/);
  });

  it('accepts a ledger written before the column existed', async () => {
    const old = '项目编号,检查日期,检查阶段,检查单位,检查情况,整改状态,整改完成日期';
    const r = await run(csv(old, 'P-1,2023-06-01,实施,区发改局,台账齐全,无需整改,'));
    expect(r.errors).toEqual([]);
    expect(r.kinds).toEqual([undefined]);
  });
});
