/** Page data computed in TypeScript: what the templates only lay out. */
import { describe, expect, it } from 'vitest';
import { PAY_DUE_DAYS } from '../../src/lib/indicators/payTiming.ts';
import { buildLookup } from '../../src/lib/lookup.ts';
import { listedNotices } from '../../src/lib/notice.ts';
import { filterAttributes } from '../../src/lib/projectFilters.ts';
import { recentUpdates } from '../../src/lib/views/home.ts';
import { noticePageView } from '../../src/lib/views/notice.ts';
import { payoutListRows } from '../../src/lib/views/payoutList.ts';
import { lateRule, payoutsPageView, payoutsYearView, payoutsParts } from '../../src/lib/views/payouts.ts';
import { boardRows, factText, noticePeriod, plannedPeriod, projectFacts } from '../../src/lib/views/projectFacts.ts';
import { projectList } from '../../src/lib/views/projectList.ts';
import { trainingsPageView } from '../../src/lib/views/trainings.ts';
import { fixture, visit } from '../helpers/indicatorFixture.ts';

const lookup = buildLookup({ ...fixture, inspections: [visit('P1', '2023-07-01')] });
const [p1, p2, p3] = fixture.projects;

describe('project facts: one list for the notice and the board', () => {
  const facts = projectFacts({ ...p1, contractor: undefined, supervisor: undefined });
  it('writes every fact once, with the values both pages show', () => {
    const shown = facts.map((f) => [f.label, f.value === undefined ? undefined : factText(f)]);
    expect(Object.fromEntries(shown)).toEqual({
      项目编号: 'P1',
      年度: '2023年',
      项目类型: '农业农村基础设施项目',
      行业领域: '水利基础设施',
      建设地点: '解甲庄街道 · 村',
      建设单位: '单位',
      施工单位: '尚未确定',
      监理单位: undefined,
      总投资: '100.00 万元',
      以工代赈专项资金: '25.00 万元',
      计划工期: '未定',
      项目状态: '实施中',
      计划用工: '12 人',
      预计劳务报酬: '10.00 万元',
    });
  });
  it('prints on the board every fact the notice states but the changing status and absent parties', () => {
    const rows = boardRows(facts).map((r) => r.map((f) => f.shortLabel ?? f.label));
    // Short values two to a line, whatever their kind: the A4 page is not spent on half-empty lines.
    expect(rows).toEqual([
      ['项目编号', '年度'],
      ['项目类型', '行业领域'],
      ['建设地点', '建设单位'],
      ['施工单位', '总投资'],
      ['专项资金', '计划工期'],
      ['计划用工', '预计劳务报酬'],
    ]);
    // A long value that may need a line (a unit's full name) gets one; short facts pair across it.
    const long = boardRows(
      projectFacts({ ...p1, contractor: undefined, owner: '某某省某某市某某县交通运输局公路管理段' }),
    );
    expect(long.map((r) => r.map((f) => f.shortLabel ?? f.label)).slice(2, 5)).toEqual([
      ['建设单位'],
      ['建设地点', '施工单位'],
      ['总投资', '专项资金'],
    ]);
    const withSupervisor = boardRows(projectFacts({ ...p1, supervisor: '监理公司' })).flat();
    expect(withSupervisor.map((f) => f.label)).toContain('监理单位');
  });
  it('states periods the same way on both pages', () => {
    expect(plannedPeriod({ plannedStart: '2023-07-05' })).toBe('2023年7月5日 至 未定');
    expect(plannedPeriod({})).toBe('未定');
    expect(noticePeriod({ noticeStart: '2023-06-15', noticeEnd: '2023-06-21' })).toBe('2023年6月15日 至 2023年6月21日');
    expect(noticePeriod({})).toBe('未定');
  });
});

describe('notice page', () => {
  it('takes the project’s rows from the indexes and links its other pages', () => {
    const site = { siteUrl: 'https://x.cn', publishPayoutList: true };
    // P1 has per-person payout rows: its masked list is published.
    const v = noticePageView({ ...p1, payoutRows: 25 }, lookup, site);
    expect(v.months.map((m) => m.month)).toEqual(['2023-05', '2023-06']);
    expect(v.visits).toHaveLength(1);
    expect(v.paidShare).toBe('60.0%');
    expect(v).toMatchObject({ printHref: '/projects/P1/print/', payoutsHref: '/projects/P1/payouts/' });
    expect(v.url).toBe('https://x.cn/projects/P1/');
    const hidden = noticePageView({ ...p3, payoutRows: 3 }, lookup, { ...site, publishPayoutList: false });
    expect(hidden.payoutsHref).toBeUndefined();
    // P2 has no per-person payout rows, so no list.
    expect(noticePageView({ ...p2, payoutRows: 0 }, lookup, site).payoutsHref).toBeUndefined();
  });
});

describe('payouts pages', () => {
  it('lists a year’s projects by id, the unpaid ones linked to their section', () => {
    const page = payoutsPageView(2023, [2023, 2024], lookup);
    expect(page.title).toBe('2023年劳务报酬发放');
    expect(page.nav.map((n) => [n.href, n.current])).toEqual([
      ['/payouts/2023/', 'page'],
      ['/payouts/', undefined],
    ]);
    expect(page.unpaid).toEqual([]);
    const year = payoutsYearView(2023, lookup);
    expect(year.projects.map((p) => [p.anchor, p.share])).toEqual([
      ['p-P1', '（60.0%）'],
      ['p-P2', '（100.0%）'],
    ]);
    expect(year.paid).toBe('10.00 万元');
  });
  it('says what 逾期 means from PAY_DUE_DAYS', () => {
    const rule = lateRule('未发放的按数据日期判断');
    expect(rule).toBe(`“逾期”指务工月份结束 ${PAY_DUE_DAYS} 天后才发放或仍未发放（未发放的按数据日期判断）。`);
  });
  it('writes a masked payout row for the page', () => {
    const row = { maskedName: '张*明', village: '村', month: '2023-05', workDaysHundredths: 2150, dueFen: 300_000 };
    const wage = { wageFen: 13_954 };
    const shown = payoutListRows([{ ...row, ...wage, paidFen: 0 }])[0];
    expect(shown).toMatchObject({
      days: '21.5',
      wage: '139.54',
      due: '3,000.00',
      paid: '—',
      paidOn: '未发放',
      unpaid: true,
    });
  });
});

describe('lists', () => {
  it('splits trainings by the year they count in, newest first', () => {
    const v = trainingsPageView(fixture.trainings);
    expect(v.years.map((y) => [y.year, y.classes.map((t) => t.id)])).toEqual([
      [2024, ['T3']],
      [2023, ['T1', 'T2']],
    ]);
    expect(v.totals.map((t) => t.year)).toEqual(['2024', '2023']);
  });
  it('orders projects newest year first, then by id, with their filter values on the row', () => {
    expect(projectList(fixture.projects).map((p) => p.id)).toEqual(['P3', 'P1', 'P2']);
    expect(filterAttributes(p2)).toEqual({
      'data-year': '2023',
      'data-subdistrict': '初家街道',
      'data-sector': '交通基础设施',
      'data-type': '农业农村基础设施项目',
      'data-status': '实施中',
    });
  });
  it('lists recent visits and news newest first, six at most', () => {
    const news = Array.from({ length: 7 }, (_, k) => ({
      id: `n${k}`,
      data: { date: `2023-01-0${k + 1}`, title: `动态${k}` },
    }));
    const recent = recentUpdates([visit('P1', '2023-07-01')], news, lookup.projectName);
    expect(recent).toHaveLength(6);
    expect(recent[0]).toEqual({ date: '2023-07-01', text: 'P1：实施阶段检查，无需整改', href: '/projects/P1/' });
    expect(recent[1].href).toBe('/news/n6/');
  });
  it('lists open and coming notices, soonest end first', () => {
    const ps = [
      { id: 'a', noticeStart: '2023-05-01', noticeEnd: '2023-05-20' },
      { id: 'b', noticeStart: '2023-05-10', noticeEnd: '2023-05-12' },
      { id: 'c', noticeStart: '2023-06-01', noticeEnd: '2023-06-07' },
      { id: 'd', noticeStart: '2023-04-01', noticeEnd: '2023-04-07' },
      { id: 'e' },
    ];
    expect(listedNotices(ps, '2023-05-11').map((n) => [n.project.id, n.open])).toEqual([
      ['b', true],
      ['a', true],
      ['c', false],
    ]);
  });
});

describe('payouts pages of a large year', () => {
  it('split by 项目编号 into pages of at most the given size; every project on one page', () => {
    const parts = payoutsParts(2023, lookup, 1);
    expect(parts.map((ps) => ps.map((p) => p.id))).toEqual([['P1'], ['P2']]);
    expect(payoutsParts(2023, lookup).map((ps) => ps.length)).toEqual([2]);
    expect(payoutsParts(2030, lookup)).toEqual([[]]);
  });
});
