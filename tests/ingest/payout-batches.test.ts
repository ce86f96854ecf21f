/**
 * payout-batches.csv: pay recorded per batch, declared as one ledger module and one registry entry. The fixture
 * tests/fixtures/batches/ (see its README.md) has a project paid only in batches and one with both batches and
 * per-person rows that agree; each test breaks it in memory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../src/lib/ingest/problems.ts';
import { buildLookup } from '../../src/lib/lookup.ts';
import { noticePageView } from '../../src/lib/views/notice.ts';
import { payoutsYearView } from '../../src/lib/views/payouts.ts';
import * as L from '../helpers/ledgers.ts';
import { memorySource } from '../helpers/memory.ts';

const DIR = join(import.meta.dirname, '../fixtures/batches');
const fixture = (): Record<string, string> =>
  Object.fromEntries(
    readdirSync(DIR)
      .filter((f) => f !== 'README.md')
      .map((f) => [f, readFileSync(join(DIR, f), 'utf8')]),
  );
const BATCHES = readFileSync(join(DIR, 'payout-batches.csv'), 'utf8').trimEnd().split('\r\n');
/** The fixture with payout-batches.csv's data lines replaced (header kept). */
const withBatches = (...rows: string[]) => ({
  ...fixture(),
  'payout-batches.csv': `${[BATCHES[0], ...rows].join('\r\n')}\r\n`,
});

async function run(files: Record<string, string>) {
  const r = await ingest(memorySource(files), { today: '2026-01-01' });
  return {
    content: r.content,
    errors: r.problems.list.filter((p) => p.severity === 'error').map(formatProblem),
    warnings: r.problems.list.filter((p) => p.severity === 'warning').map(formatProblem),
  };
}
const paidOf = (c: Awaited<ReturnType<typeof run>>['content'], id: string) =>
  c!.projects.find((p) => p.id === id)!.paidFen;

describe('the fixture as it stands', () => {
  it('is valid: no error, no warning', async () => {
    const r = await run(fixture());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('(a) a project paid only in batches: its paid total is the batch sum, 315,000 + 290,000 元', async () => {
    const { content } = await run(fixture());
    expect(paidOf(content, 'BP-1')).toBe(60_500_000);
    expect(content!.payoutMonths.filter((m) => m.projectId === 'BP-1')).toEqual([]);
  });

  it('(b) a project with both, agreeing: no error, and the total is counted once (6,600 元)', async () => {
    const { content } = await run(fixture());
    expect(paidOf(content, 'BP-2')).toBe(660_000);
    expect(content!.projects.find((p) => p.id === 'BP-2')!.payoutRows).toBe(2);
  });

  it('publishes every batch, saying which count in the paid total, so the totals can be recomputed', async () => {
    const { content } = await run(fixture());
    expect(content!.payoutBatches).toEqual([
      {
        id: 'BP-1_1',
        projectId: 'BP-1',
        month: '2023-05',
        paidOn: '2023-06-10',
        workers: 61,
        paidFen: 31_500_000,
        method: '银行代发',
        counted: '是',
      },
      {
        id: 'BP-1_2',
        projectId: 'BP-1',
        month: '2023-06',
        paidOn: '2023-07-08',
        workers: 58,
        paidFen: 29_000_000,
        method: '一卡通',
        counted: '是',
      },
      {
        id: 'BP-2_1',
        projectId: 'BP-2',
        month: '2023-05',
        paidOn: '2023-06-10',
        workers: 2,
        paidFen: 660_000,
        method: '银行代发',
        counted: '否',
      },
    ]);
    // The rule as a reader of the downloads applies it: monthly rows where a project has any, else its batches.
    for (const p of content!.projects) {
      const months = content!.payoutMonths.filter((m) => m.projectId === p.id);
      const batches = content!.payoutBatches.filter((b) => b.projectId === p.id && b.counted === '是');
      const sum = (xs: { paidFen: number }[]) => xs.reduce((a, x) => a + x.paidFen, 0);
      expect(p.paidFen, p.id).toBe(months.length > 0 ? sum(months) : sum(batches));
    }
  });

  it('shows batch pay on the notice and /payouts/ where the project has no per-person rows', async () => {
    const { content } = await run(fixture());
    const lookup = buildLookup(content!);
    const view = (id: string) =>
      noticePageView(
        content!.projects.find((p) => p.id === id)!,
        lookup,
        { siteUrl: 'https://example.org/', publishPayoutList: true },
      );
    expect(view('BP-1').batches).toEqual([
      '2023年5月 31.50 万元，61 人（2023年6月10日发放）',
      '2023年6月 29.00 万元，58 人（2023年7月8日发放）',
    ]);
    expect(view('BP-2').batches).toEqual([]); // its monthly table shows the per-person pay
    // The /payouts/ page likewise: the paid total with the batches it comes from.
    const year = payoutsYearView(2023, lookup);
    expect(year.paid).toBe('61.16 万元');
    expect(year.projects.map((p) => [p.project.id, p.paid, p.batches.length])).toEqual([
      ['BP-1', '60.50 万元', 2],
      ['BP-2', '0.66 万元', 0],
    ]);
  });
});

describe('batches and per-person rows that disagree', () => {
  it('(c) one error at the batch line naming the first per-person line of that project-month', async () => {
    const r = await run(withBatches(BATCHES[1], BATCHES[2], 'BP-2,2023-06-10,2023-05,2,6500,银行代发'));
    expect(r.errors).toEqual([
      'payout-batches.csv:4:发放金额(元): 项目“BP-2”2023-05 的批次与逐人发放记录' +
        '（payouts.csv:2:实发金额(元) 起）不一致：发放金额合计 6500.00 元，逐人记录已发放 6600.00 元。' +
        '同一项目同一所属月份既有批次又有逐人发放记录（payouts.csv）时，' +
        '各批发放金额之和必须等于该月已发放各笔实发金额之和，人数之和必须等于该月已发放的人数，请核对',
    ]);
    expect(r.content).toBeUndefined();
  });

  it('a head count that disagrees is reported at 发放人数, naming the per-person 人员编号', async () => {
    const r = await run(withBatches('BP-2,2023-06-10,2023-05,3,6600,银行代发'));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(
      /^payout-batches\.csv:2:发放人数: 项目“BP-2”2023-05 的批次与逐人发放记录（payouts\.csv:2:人员编号 起）/,
    );
    expect(r.errors[0]).toContain('发放人数合计 3 人，逐人记录已发放 2 人');
  });

  it('a batch month without per-person rows is a disagreement too, naming the project’s first row', async () => {
    const r = await run(withBatches(BATCHES[3], 'BP-2,2023-07-10,2023-06,2,6600,银行代发'));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^payout-batches\.csv:3:发放金额\(元\): 项目“BP-2”2023-06 的批次与逐人发放记录/);
    expect(r.errors[0]).toContain(
      '（该项目在 payouts.csv 中没有 2023-06 的记录，逐人记录从 payouts.csv:2:实发金额(元) 起）',
    );
  });

  it('several batches of one month are added up before they are compared', async () => {
    const r = await run(
      withBatches('BP-2,2023-06-10,2023-05,1,3300,银行代发', 'BP-2,2023-06-20,2023-05,1,3300,银行代发'),
    );
    expect(r.errors).toEqual([]);
    expect(paidOf(r.content, 'BP-2')).toBe(660_000);
  });
});

describe('cells of payout-batches.csv', () => {
  it('(d) every bad cell is an error at file:line:column', async () => {
    const r = await run(
      withBatches(
        'BP-1,2023-02-30,2023-13,六十,315000,转账',
        'BP-1,2023-05-31,2023-06,0,-5,银行代发',
        'BP-1,,,61,315000,',
      ),
    );
    const at = r.errors.map((e) => e.slice(0, e.indexOf(': ')));
    expect(at).toEqual([
      'payout-batches.csv:2:发放日期',
      'payout-batches.csv:2:所属月份',
      'payout-batches.csv:2:发放人数',
      'payout-batches.csv:2:发放方式',
      'payout-batches.csv:3:发放人数',
      'payout-batches.csv:3:发放金额(元)',
      'payout-batches.csv:3:发放日期',
      'payout-batches.csv:4:发放日期',
      'payout-batches.csv:4:所属月份',
    ]);
    expect(r.errors).toContain('payout-batches.csv:3:发放日期: 发放日期 2023-05-31 早于所属月份 2023-06，请核对');
    expect(r.errors).toContain('payout-batches.csv:3:发放人数: 发放人数必须大于 0');
    expect(r.errors).toContain('payout-batches.csv:4:发放日期: 必填项为空，请填写“发放日期”');
  });

  it('cash is a warning, and an identical second row an error', async () => {
    const cash = 'BP-1,2023-06-10,2023-05,61,315000,现金';
    const r = await run(withBatches(cash, cash));
    expect(r.warnings).toContain(
      'payout-batches.csv:2:发放方式: 警告：以现金发放劳务报酬，请留存签收凭证；政策要求原则上通过银行代发或“一卡通”发放到本人账户',
    );
    expect(r.errors).toEqual(['payout-batches.csv:3:(整行): 这一行与第 2 行完全相同，是重复录入，请删除']);
  });

  it('(e) a batch of an unknown project gets the reference error the registry gives every ledger', async () => {
    const r = await run(withBatches('BP-9,2023-06-10,2023-05,61,315000,银行代发'));
    expect(r.errors).toEqual([
      'payout-batches.csv:2:项目编号: 项目编号“BP-9”在项目清单（projects.csv）中不存在，请核对编号',
    ]);
  });
});

describe('a folder without payout-batches.csv', () => {
  it('is silent about it: most counties record pay per person and never have this file', async () => {
    const r = await run(L.validFolder());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.content!.payoutBatches).toEqual([]);
  });
});
