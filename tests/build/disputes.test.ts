/**
 * 矛盾协调 on a built site (tests/fixtures/disputes, facts in its README.md): the totals download, the /disputes/
 * page, the flag on a notice with a 欠薪 dispute open more than 30 days, and no complainant's name or phone in
 * any built file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { folderSource } from '../../src/lib/ingest/fsSource.ts';
import { personalSecrets } from '../helpers/ledgers.ts';
import { buildFixture, fixture, listFiles, page, scanForSecrets, textOf } from '../helpers/site.ts';

let site = '';
beforeAll(() => {
  site = buildFixture('disputes', { SITE_TODAY: '2024-07-01' });
});

const totals = () =>
  Papa.parse<Record<string, string>>(page('data/dispute-totals.csv', site).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
const row = (scope: string, key: string, category: string) =>
  totals().find((r) => r['范围'] === scope && (r['年度'] === key || r['项目编号'] === key) && r['类别'] === category);
const figures = (r?: Record<string, string>) =>
  r && [
    r['受理(件)'],
    r['办结(件)'],
    r['未办结(件)'],
    r['超过30天未办结(件)'],
    r['办结用时中位数(天)'],
    r['最长办结用时(天)'],
  ];

describe('dispute totals download', () => {
  it('has the hand-worked figures per year (by 受理日期) and per project', () => {
    expect(figures(row('年度', '2024', '全部'))).toEqual(['5', '3', '2', '1', '10', '28']);
    expect(figures(row('年度', '2024', '欠薪'))).toEqual(['3', '2', '1', '1', '19', '28']);
    expect(figures(row('年度', '2023', '全部'))).toEqual(['1', '1', '0', '0', '30', '30']);
    expect(figures(row('项目', 'PS2023-001', '全部'))).toEqual(['3', '3', '0', '0', '10', '28']);
    expect(figures(row('项目', 'PS2023-002', '全部'))).toEqual(['3', '1', '2', '1', '30', '30']);
    expect(figures(row('项目', 'PS2023-002', '安全'))).toEqual(['1', '0', '1', '0', '', '']);
  });
});

describe('pages', () => {
  it('/disputes/ shows each year with its categories in the ledger order, and each project', () => {
    const text = textOf(page('disputes/index.html', site));
    expect(text).toContain('2024年 2024年受理的矛盾纠纷 类别 受理（件）');
    expect(text.indexOf('欠薪 3 2 1 1 19 天 28 天')).toBeGreaterThan(-1);
    expect(text.indexOf('欠薪 3')).toBeLessThan(text.indexOf('工资标准 1'));
    expect(text).toContain('合计 5 3 2 1 10 天 28 天');
    // The flagged project comes first.
    expect(text.indexOf('（PS2023-002）')).toBeLessThan(text.indexOf('（PS2023-001）'));
    expect(text).toContain('（PS2023-002） 3 1 2 1 30 天 30 天');
  });

  it('flags a 欠薪 dispute open more than 30 days on its notice only', () => {
    const flagged = textOf(page('projects/PS2023-002/index.html', site));
    expect(flagged).toContain('有 1 件欠薪纠纷受理已超过 30 天仍未办结（截至数据日期2024年6月30日）。');
    expect(flagged).toContain(
      '本项目受理矛盾纠纷 3 件，已办结 1 件（办结用时中位数 30 天，最长 30 天），未办结 2 件。',
    );
    const calm = textOf(page('projects/PS2023-001/index.html', site));
    expect(calm).not.toContain('仍未办结');
    expect(calm).toContain('本项目受理矛盾纠纷 3 件，已办结 3 件（办结用时中位数 10 天，最长 28 天），未办结 0 件。');
  });
});

describe('privacy: complainants never reach the site', () => {
  it('no complainant name or phone is in any built file, gzip and the zip included', async () => {
    const { secrets } = await personalSecrets(folderSource(fixture('disputes')));
    for (const s of ['濮阳思远', '皇甫雨桐', '端木清越', '上官映雪', '欧阳明轩', '13905359903', '0535-6909904'])
      expect(secrets).toContain(s);
    expect(scanForSecrets(site, secrets)).toEqual([]);
    // The zip stores its files deflated: the download tables it packs are checked above as plain files.
    expect(listFiles(site).length).toBeGreaterThan(20);
  });

  it('the scan finds a planted complainant name (so it can fail)', async () => {
    const { secrets } = await personalSecrets(folderSource(fixture('disputes')));
    const dir = mkdtempSync(join(tmpdir(), 'ygdz-disputes-'));
    writeFileSync(join(dir, 'leak.html'), '<p>反映人：端木清越</p>');
    expect(scanForSecrets(dir, secrets)).toEqual([`${join(dir, 'leak.html')}: 端木清越`]);
  });
});
