import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { memorySource } from '../helpers/memory.ts';
import { validFolder } from '../helpers/ledgers.ts';

const run = async (chunk = 7) => (await ingest(memorySource(validFolder(), chunk), { today: '2026-01-01' })).content!;

describe('ingest output', () => {
  it('matches the reviewed golden file', async () => {
    await expect(`${JSON.stringify(await run(), null, 1)}\n`).toMatchFileSnapshot(
      '../fixtures/golden/valid-folder.json',
    );
  });

  it('adds up by hand: 10 days × 150 元 + 20.5 days × 200 元 = 5,600 元 paid to 2 workers', async () => {
    const c = await run();
    expect(c.projects[0]).toMatchObject({
      workersPlaced: 2,
      dueFen: 560_000,
      paidFen: 560_000,
      payoutRows: 2,
      unpaidRows: 0,
      overdueRows: 0,
      latePaidRows: 0,
      plannedPayFen: 8_000_000,
      reliefFundFen: 20_000_000,
    });
    // both paid 2023-06-10, 10 days after the end of May: the first bucket (≤ 10 days)
    expect(c.payoutMonths[0]).toMatchObject({
      rows: 2,
      timelyRows: 2,
      latePaidRows: 0,
      unpaidRows: 0,
      overdueRows: 0,
      daysToPay: [2, 0, 0, 0, 0, 0],
    });
    expect(c.categoryTotals.map((t) => [t.id, t.workers])).toEqual([
      ['2023', 2],
      ['all', 2],
    ]);
  });

  it('publishes each category count of 1 as "<5", never the number', async () => {
    const c = await run();
    expect(c.projects[0].workersByCategory.脱贫人口).toEqual({ suppressed: 'lt5' });
    expect(c.projects[0].workersByCategory.农村劳动力).toEqual({ suppressed: 'lt5' });
  });

  it('keeps no personal field: only masked names and villages in the payout list', async () => {
    const c = await run();
    const text = JSON.stringify(c);
    for (const secret of [
      '张三明',
      '欧阳明华',
      '11010519491231002X',
      '110105194912310038',
      '13805351234',
      '1949-12-31',
      '19491231',
    ])
      expect(text).not.toContain(secret);
    expect(Object.keys(c.payoutLists[0].rows[0]).sort()).toEqual([
      'dueFen',
      'maskedName',
      'method',
      'month',
      'paidFen',
      'paidOn',
      'village',
      'wageFen',
      'workDaysHundredths',
    ]);
    expect(c.payoutLists[0].rows.map((r) => r.maskedName)).toEqual(['张*明', '欧阳*华']);
  });

  it('is the same whatever the read chunk size (deterministic)', async () => {
    const a = JSON.stringify(await run(1));
    expect(JSON.stringify(await run(3))).toBe(a);
    expect(JSON.stringify(await run(65536))).toBe(a);
  });
});
