import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/lib/indicators/indicators.ts';
import { latestQuarter, methodLinks, recentUpdates } from '../../src/lib/views/home.ts';
import { fixture } from '../helpers/indicatorFixture.ts';

// The indicator fixture's 2023 (tests/unit/indicators.test.ts works its figures by hand): 2 projects, 15 workers,
// 10 万元 paid, 22 of 24 settled rows on time, 2 classes with 50 trainees.
const base = {
  year: 2023,
  indicators: computeIndicators(fixture, 2023),
  method: '“12345”工作法',
  labour: { surveyed: 40, willing: 20, placed: 15, placedShare: 75 },
  supervision: { quarter: '2023Q3', active: 4, inspected: 3, share: { num: 3, den: 4 }, partial: false },
  paths: { labour: '/labour/' },
};

describe('the home page tells the method', () => {
  const links = methodLinks(base);
  it('lists the seven links in order, each to its page', () => {
    expect(links.map((l) => [l.step, l.href])).toEqual([
      ['建机制', '/about/'],
      ['明项目', '/projects/'],
      ['作对接', '/labour/'],
      ['送劳务', '/stats/2023/'],
      ['推培训', '/trainings/'],
      ['盯报酬', '/payouts/'],
      ['抓统计', '/stats/'],
    ]);
  });
  it('gives each its live figure', () => {
    expect(links.map((l) => l.figure)).toEqual([
      '“12345”工作法',
      '2023年以工代赈项目 2 个',
      '摸底 40 人，有务工意愿 20 人，已安排 15 人（75%）',
      '2023年吸纳务工 15 人',
      '2023年培训 2 期、50 人次',
      '2023年发放劳务报酬 10.00 万元，及时发放率 91.7%',
      '2023年第三季度在监管期的 4 个项目中已检查 3 个（75.0%）',
    ]);
  });
  it('states suppressed labour counts as published and leaves out what is unknown', () => {
    const l = methodLinks({
      ...base,
      labour: { surveyed: 12, willing: '<5', placed: '—', placedShare: null },
      supervision: undefined,
    });
    expect(l[2].figure).toBe('摸底 12 人，有务工意愿 <5 人，已安排 — 人');
    expect(l[6].figure).toBeUndefined();
  });
  it('states the latest complete quarter, not the one the data date has just begun', () => {
    const q = (quarter: string, partial: boolean) => ({ quarter, active: 1, inspected: 0, share: undefined, partial });
    expect(latestQuarter([q('2023Q3', false), q('2023Q4', false), q('2024Q1', true)])?.quarter).toBe('2023Q4');
    expect(latestQuarter([q('2024Q1', true)])?.quarter).toBe('2024Q1');
  });
});

describe('recent updates', () => {
  it('name a visit by its 检查类型 where one is given', () => {
    const visit = {
      id: 'P1_1',
      projectId: 'P1',
      date: '2023-07-01',
      stage: '实施',
      inspector: '区发改局',
      finding: '台账齐全',
      rectification: '无需整改' as const,
    };
    const texts = recentUpdates(
      [visit, { ...visit, date: '2023-08-01', kind: '季度监管' }, { ...visit, date: '2023-09-01', kind: '其他' }],
      [],
      () => '某工程',
    ).map((r) => r.text);
    expect(texts).toEqual([
      '某工程：实施阶段检查，无需整改',
      '某工程：实施阶段季度监管，无需整改',
      '某工程：实施阶段检查，无需整改',
    ]);
  });
});
