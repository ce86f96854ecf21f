/**
 * villagePay: labour pay per programme year and worker village (roster 街道 + 村), summed in the payout ingest.
 * The fixture tests/fixtures/paylist/ (README.md lists the facts and the hand sums) has a worker paid by two
 * projects in two years, a worker paid by two projects in one year, and two villages of the same name in two 街道.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { memorySource } from '../helpers/memory.ts';

const DIR = join(import.meta.dirname, '../fixtures/paylist');
const files = (): Record<string, string> =>
  Object.fromEntries(
    readdirSync(DIR)
      .filter((f) => f.endsWith('.csv') || f === 'site.json')
      .map((f) => [f, readFileSync(join(DIR, f), 'utf8')]),
  );

async function villagePay(over: Record<string, string> = {}) {
  const r = await ingest(memorySource({ ...files(), ...over }), { today: '2024-07-20' });
  expect(r.problems.list.filter((p) => p.severity === 'error')).toEqual([]);
  return r.content!.villagePay;
}

describe('villagePay', () => {
  it('sums each year and village by hand (README.md), counting a worker once per year', async () => {
    expect(await villagePay()).toEqual([
      {
        id: '2023_初家街道_槐树沟村',
        year: 2023,
        subdistrict: '初家街道',
        village: '槐树沟村',
        workers: 1,
        projectIds: ['PL2023-001'],
        workDaysHundredths: 1000,
        dueFen: 150_000,
        paidFen: 150_000,
        rows: 1,
      },
      {
        id: '2023_解甲庄街道_于家汤村',
        year: 2023,
        subdistrict: '解甲庄街道',
        village: '于家汤村',
        workers: 1,
        projectIds: ['PL2023-001'],
        workDaysHundredths: 2000,
        dueFen: 300_000,
        paidFen: 300_000,
        rows: 1,
      },
      {
        id: '2023_解甲庄街道_槐树沟村',
        year: 2023,
        subdistrict: '解甲庄街道',
        village: '槐树沟村',
        workers: 2,
        projectIds: ['PL2023-001'],
        workDaysHundredths: 6050,
        dueFen: 948_000,
        paidFen: 948_000,
        rows: 3,
      },
      {
        id: '2024_解甲庄街道_槐树沟村',
        year: 2024,
        subdistrict: '解甲庄街道',
        village: '槐树沟村',
        workers: 1,
        projectIds: ['PL2024-001'],
        workDaysHundredths: 1500,
        dueFen: 255_000,
        paidFen: 255_000,
        rows: 1,
      },
      {
        id: '2024_黄海路街道_西泊子社区',
        year: 2024,
        subdistrict: '黄海路街道',
        village: '西泊子社区',
        workers: 1,
        projectIds: ['PL2024-001', 'PL2024-002'],
        workDaysHundredths: 3800,
        dueFen: 661_000,
        paidFen: 457_000,
        rows: 3,
      },
    ]);
  });

  it('is not written when the site does not publish the payout lists', async () => {
    const site = JSON.parse(files()['site.json']);
    site.privacy.publishPayoutList = false;
    expect(await villagePay({ 'site.json': JSON.stringify(site) })).toEqual([]);
  });

  it('counts a worker paid twice in one month once, and both payments', async () => {
    // PLW02 gets a second payment for 2023-05 (a warning, not an error): 1 day × 150 元.
    const payouts = `${files()['payouts.csv']}PL2023-001,PLW02,2023-05,1,150,150,150,2023-06-20,银行代发\r\n`;
    const v = (await villagePay({ 'payouts.csv': payouts })).find((x) => x.id === '2023_解甲庄街道_槐树沟村');
    expect(v).toMatchObject({ workers: 2, rows: 4, workDaysHundredths: 6150, dueFen: 963_000, paidFen: 963_000 });
  });
});
