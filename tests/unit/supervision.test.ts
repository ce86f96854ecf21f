import { describe, expect, it } from 'vitest';
import {
  currentQuarterCheck,
  projectSupervision,
  quarterDays,
  quarterLabel,
  quarterOf,
  stageOn,
  supervisedSpan,
  supervisionByQuarter,
  type SupervisedProject,
} from '../../src/lib/indicators/supervision.ts';

// Hand-made: data date 2023-11-15 (2023Q4).
const DATA_DATE = '2023-11-15';
const A: SupervisedProject = {
  // accepted: span 2023-03-10 (公示) .. 2023-08-31 (last pay month) → Q1, Q2, Q3
  id: 'A',
  status: '已验收',
  noticeStart: '2023-03-10',
  plannedStart: '2023-04-01',
  plannedEnd: '2023-07-31',
};
const B: SupervisedProject = {
  // not accepted, planned to end in June: still owes 验收 inspections → Q2 .. Q4 (data date)
  id: 'B',
  status: '已完工',
  plannedStart: '2023-05-01',
  plannedEnd: '2023-06-30',
};
const C: SupervisedProject = { id: 'C', status: '谋划', plannedStart: '2023-01-01' };
const D: SupervisedProject = { id: 'D', status: '实施中' }; // no date at all
const payoutMonths = [
  { projectId: 'A', month: '2023-05' },
  { projectId: 'A', month: '2023-08' },
];
const inspections = [
  { projectId: 'A', date: '2023-02-01' }, // before A's span starts (03-10) but in the same quarter: Q1 counts as inspected
  { projectId: 'A', date: '2023-08-15' },
  { projectId: 'B', date: '2023-05-20' },
  { projectId: 'B', date: '2023-11-20' }, // after the data date: ignored
];

describe('quarters', () => {
  it('names and bounds a quarter', () => {
    expect(quarterOf('2023-09-30')).toBe('2023Q3');
    expect(quarterOf('2023-10-01')).toBe('2023Q4');
    expect(quarterDays('2023Q2')).toEqual(['2023-04-01', '2023-06-30']);
    expect(quarterLabel('2023Q3')).toBe('2023年第三季度');
  });
});

describe('supervised span', () => {
  it('an accepted project ends at its latest planned end, pay month or inspection', () =>
    expect(supervisedSpan(A, ['2023-05', '2023-08'], [], DATA_DATE)).toEqual(['2023-03-10', '2023-08-31']));
  it('a project not yet accepted stays supervised up to the data date', () =>
    expect(supervisedSpan(B, [], [], DATA_DATE)).toEqual(['2023-05-01', DATA_DATE]));
  it('谋划 and undated projects have no span; nor one that starts after the data date', () => {
    expect(supervisedSpan(C, [], [], DATA_DATE)).toBeUndefined();
    expect(supervisedSpan(D, [], [], DATA_DATE)).toBeUndefined();
    expect(supervisedSpan({ ...B, plannedStart: '2024-01-01' }, [], [], DATA_DATE)).toBeUndefined();
  });
  it('a pay month earlier than the plan starts the span', () =>
    expect(supervisedSpan(B, ['2023-02'], [], DATA_DATE)?.[0]).toBe('2023-02-01'));
  it('stage by the planned dates', () => {
    expect(stageOn(B, '2023-04-30')).toBe('筹备');
    expect(stageOn(B, '2023-05-01')).toBe('实施');
    expect(stageOn(B, '2023-07-01')).toBe('验收');
  });
});

describe('share of active projects inspected per quarter', () => {
  const s = projectSupervision([A, B, C, D], payoutMonths, inspections, DATA_DATE);
  it('2023: Q1 A inspected; Q2 B only; Q3 A only; Q4 B not yet (its visit is after the data date)', () => {
    expect(supervisionByQuarter(s, 2023, DATA_DATE)).toEqual([
      { quarter: '2023Q1', active: 1, inspected: 1, share: { num: 1, den: 1 }, partial: false },
      { quarter: '2023Q2', active: 2, inspected: 1, share: { num: 1, den: 2 }, partial: false },
      { quarter: '2023Q3', active: 2, inspected: 1, share: { num: 1, den: 2 }, partial: false },
      { quarter: '2023Q4', active: 1, inspected: 0, share: { num: 0, den: 1 }, partial: true },
    ]);
  });
  it('another year has no quarters', () => expect(supervisionByQuarter(s, 2022, DATA_DATE)).toEqual([]));
});

describe('the notice: this quarter', () => {
  it('B is active in 2023Q4 in its 验收 stage and not inspected yet', () =>
    expect(currentQuarterCheck(B, payoutMonths, inspections, DATA_DATE)).toEqual({
      quarter: '2023Q4',
      stage: '验收',
      visits: 0,
    }));
  it('counts visits of the quarter up to the data date', () =>
    expect(currentQuarterCheck(B, payoutMonths, inspections, '2023-11-30')?.visits).toBe(1));
  it('A, accepted in Q3, is not active in Q4', () =>
    expect(currentQuarterCheck(A, payoutMonths, inspections, DATA_DATE)).toBeUndefined());
});
