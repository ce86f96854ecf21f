/**
 * Quarterly supervision end to end on tests/fixtures/portal (data date 2024-03-13, 2024Q1), worked by hand:
 * - PT2023-001 已验收: supervised from its 公示 (2023-04-03) to its last inspection (2023-09-12, later than its
 *   计划完工 2023-08-31 and last pay month 2023-07) → 2023Q2, 2023Q3; inspected 06-15 and 09-12 → both inspected.
 * - PT2024-001 实施中: from its 公示 (2024-03-10) to the data date → 2024Q1; inspected 2024-03-05 (same quarter).
 * - PT2024-002 实施中: from 2024-03-12 → 2024Q1; no inspection → its notice says 本季度尚未检查 (筹备, before 04-01).
 * - PT2024-003, PT2024-004 谋划: not supervised yet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, textOf } from '../helpers/site.ts';

let site: string;
beforeAll(() => {
  site = buildFixture('portal', { SITE_TODAY: '2024-03-13' });
}, 240_000);

const read = (path: string) => readFileSync(join(site, path), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The rows of a stats page's 季度监管 table, as text. */
function quarterRows(path: string): string[] {
  const html = read(path);
  const table = html.slice(
    html.indexOf('id="supervision"'),
    html.indexOf('</table>', html.indexOf('id="supervision"')),
  );
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => squash(textOf(m[1])));
}
/** The notice's supervision line, as text (tags dropped, not spaced: it is one sentence), or undefined. */
function noticeLine(id: string): string | undefined {
  const m = read(`projects/${id}/index.html`).match(/<p class="supervision"[^>]*>([\s\S]*?)<\/p>/);
  return m ? squash(m[1].replace(/<[^>]+>/g, '')) : undefined;
}

describe('share of active projects inspected per quarter on /stats/', () => {
  it('2023: one project active and inspected in Q2 and Q3', () =>
    expect(quarterRows('stats/2023/index.html')).toEqual(['2023年 第二季度 1 1 100.0%', '2023年 第三季度 1 1 100.0%']));
  it('2024: two active in Q1 up to the data date, one inspected', () =>
    expect(quarterRows('stats/2024/index.html')).toEqual(['2024年 第一季度 截至2024年3月13日 2 1 50.0%']));
  it('all years: every quarter', () => expect(quarterRows('stats/index.html')).toHaveLength(3));
  it('the methodology page defines it', () => expect(read('stats/methodology/index.html')).toContain('季度监管覆盖率'));
});

describe('the notice', () => {
  it('says 本季度尚未检查 for a project active this quarter with no inspection in it', () =>
    expect(noticeLine('PT2024-002')).toMatch(
      /^本季度尚未检查：2024年第一季度（截至数据日期2024年3月13日），项目处于筹备阶段。/,
    ));
  it('counts this quarter’s inspections where there are some', () =>
    expect(noticeLine('PT2024-001')).toMatch(/^本季度已检查 1 次：2024年第一季度/));
  it('says nothing for an accepted project or one still 谋划', () => {
    expect(noticeLine('PT2023-001')).toBeUndefined();
    expect(noticeLine('PT2024-003')).toBeUndefined();
  });
});

describe('the home page', () => {
  it('states the latest complete quarter under 抓统计', () =>
    expect(squash(textOf(read('index.html')))).toContain(
      '抓统计 · 统计与监管 2023年第三季度在监管期的 1 个项目中已检查 1 个（100.0%）',
    ));
});
