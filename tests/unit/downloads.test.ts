import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCatalog, dataTables, ZIP_NAME } from '../../src/lib/downloads/catalog.ts';
import { csvField, neutralise, toCsv, toJson } from '../../src/lib/downloads/csv.ts';
import { yuanPlain } from '../../src/lib/format.ts';
import { fixture } from '../helpers/indicatorFixture.ts';
import type { Meta } from '../../src/schemas/meta.ts';
import { siteConfigSchema } from '../../src/schemas/site.ts';

const meta: Meta = {
  id: 'site',
  dataUpdated: '2024-01-15',
  dataUpdatedSource: 'config',
  years: [2023, 2024],
  categories: ['脱贫人口', '防止返贫监测对象', '易地搬迁脱贫人口', '农村低收入人口', '农村劳动力'],
  categoriesOverlap: false,
  site: siteConfigSchema.omit({ funding: true }).parse({}),
};
const input = {
  ...fixture,
  inspections: [],
  payoutBatches: [],
  villagePay: [],
  disputeTotals: [],
  jobs: [],
  labour: [],
};

describe('CSV for Excel', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(neutralise('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('-2+3')).toBe("'-2+3");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('\t=1')).toBe("'\t=1");
    expect(neutralise('于家汤村')).toBe('于家汤村');
    expect(neutralise(-5)).toBe('-5'); // numbers stay numbers
    expect(neutralise(null)).toBe('');
  });
  it('quotes only what needs quoting, and writes a BOM and CRLF', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('两\n行')).toBe('"两\n行"');
    expect(toCsv(['名称', '金额(元)'], [['=1', '12.50']])).toBe("\uFEFF名称,金额(元)\r\n'=1,12.50\r\n");
  });
  it('writes the same rows as JSON objects keyed by the CSV headers', () => {
    expect(JSON.parse(toJson(['名称', '人数(人)'], [['甲', 3]]))).toEqual([{ 名称: '甲', '人数(人)': 3 }]);
  });
  it('writes 元 exactly from 分', () => {
    expect(yuanPlain(123456)).toBe('1234.56');
    expect(yuanPlain(5)).toBe('0.05');
    expect(yuanPlain(100)).toBe('1.00');
  });
});

describe('download tables from the schemas', () => {
  const [projects, months] = dataTables(input);
  it('label columns in Chinese with the download unit, money in 元', () => {
    expect(projects.header).toContain('预计劳务报酬(元)');
    expect(projects.header).toContain('务工人数：脱贫人口(人)');
    expect(projects.header).not.toContain('台账行号');
    const row = Object.fromEntries(projects.header.map((h, i) => [h, projects.rows[0][i]]));
    expect(row).toMatchObject({
      项目编号: 'P1',
      '预计劳务报酬(元)': '100000.00',
      '已发放劳务报酬(元)': '60000.00',
      '务工人数：脱贫人口(人)': '<5',
      以工代赈环节: '清淤',
    });
  });
  it('spread the days-to-pay distribution over six columns', () => {
    expect(months.header.filter((h) => h.startsWith('发放用时'))).toEqual([
      '发放用时10 天内(笔)',
      '发放用时11–20 天(笔)',
      '发放用时21–30 天(笔)',
      '发放用时31–45 天(笔)',
      '发放用时46–60 天(笔)',
      '发放用时60 天以上(笔)',
    ]);
  });
});

describe('the catalog', () => {
  const files = buildCatalog(input, meta);
  const byPath = new Map(files.map((f) => [f.path, f]));
  it('has CSV and JSON for every table and every chart of every year', () => {
    for (const name of [
      'projects',
      'payout-months',
      'trainings',
      'inspections',
      'category-totals',
      'charts/2023/monthly-pay',
      'charts/2024/days-to-pay',
      'charts/all/by-category',
    ])
      for (const ext of ['csv', 'json']) expect(byPath.has(`${name}.${ext}`), `${name}.${ext}`).toBe(true);
  });
  it('zips every file with a README, dated with the data date', () => {
    const zip = unzipSync(byPath.get(ZIP_NAME)!.body);
    expect(Object.keys(zip)).toContain('README.txt');
    expect(Object.keys(zip)).toContain('charts/2023/by-sector.csv');
    expect(strFromU8(zip['projects.csv'])).toBe(strFromU8(byPath.get('projects.csv')!.body));
    const readme = strFromU8(zip['README.txt']);
    for (const part of ['数据版本：2024-01-15', '许可：', '来源：', '预计劳务报酬(元)']) expect(readme).toContain(part);
  });
  it('gives a correct SHA-256 for every download', () => {
    const sums = strFromU8(byPath.get('SHA256SUMS.txt')!.body).trim().split('\n');
    expect(sums.length).toBe(files.filter((f) => !f.path.endsWith('.sha256') && f.path !== 'SHA256SUMS.txt').length);
    for (const line of sums) {
      const [hash, path] = line.split('  ');
      expect(createHash('sha256').update(byPath.get(path)!.body).digest('hex'), path).toBe(hash);
      expect(strFromU8(byPath.get(`${path}.sha256`)!.body)).toBe(`${hash}  ${path.split('/').pop()}\n`);
    }
  });
  it('is byte-identical when built twice', () => {
    const again = buildCatalog(input, meta);
    expect(again.map((f) => createHash('sha256').update(f.body).digest('hex'))).toEqual(
      files.map((f) => createHash('sha256').update(f.body).digest('hex')),
    );
  });
});
