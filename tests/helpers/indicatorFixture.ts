/** A small public data set for indicator and chart tests; expected values are worked by hand in the tests. */
import type { IndicatorData } from '../../src/lib/indicators/indicators.ts';
import type { CategoryTotals } from '../../src/schemas/categoryTotals.ts';
import type { Inspection } from '../../src/schemas/inspection.ts';
import type { PayoutMonth } from '../../src/schemas/payoutMonth.ts';
import type { Project } from '../../src/schemas/project.ts';
import type { Training } from '../../src/schemas/training.ts';

const shown = (value: number) => ({ suppressed: false as const, value });
const lt5 = { suppressed: 'lt5' as const };

function project(id: string, year: number, over: Partial<Project>): Project {
  return {
    id,
    name: id,
    year,
    subdistrict: '解甲庄街道',
    location: '村',
    type: '农业农村基础设施项目',
    sectors: ['水利基础设施'],
    owner: '单位',
    investmentFen: 100_000_000,
    content: '内容',
    tasks: ['清淤'],
    plannedWorkers: 0,
    plannedPayFen: 0,
    status: '实施中',
    supervisionPhones: [],
    mediatorPhones: [],
    workersPlaced: 0,
    workersByCategory: {
      脱贫人口: lt5,
      防止返贫监测对象: lt5,
      易地搬迁脱贫人口: lt5,
      农村低收入人口: lt5,
      农村劳动力: lt5,
    },
    dueFen: 0,
    paidFen: 0,
    payoutRows: 0,
    unpaidRows: 0,
    overdueRows: 0,
    latePaidRows: 0,
    sourceLine: 2,
    ...over,
  };
}
function month(projectId: string, m: string, over: Partial<PayoutMonth>): PayoutMonth {
  return {
    id: `${projectId}_${m}`,
    projectId,
    month: m,
    workers: 0,
    workDaysHundredths: 0,
    dueFen: 0,
    paidFen: 0,
    rows: 0,
    timelyRows: 0,
    latePaidRows: 0,
    unpaidRows: 0,
    overdueRows: 0,
    daysToPay: [0, 0, 0, 0, 0, 0],
    ...over,
  };
}
const training = (id: string, start: string, hours: number, trainees: number): Training => ({
  id,
  name: id,
  start,
  end: start,
  hours,
  trainees,
  organizer: '人社局',
});

// Two 2023 projects and one 2024 project; every expected value below is worked by hand in the comments.
export const fixture: IndicatorData = {
  projects: [
    project('P1', 2023, {
      subdistrict: '解甲庄街道',
      workersPlaced: 10,
      plannedWorkers: 12,
      plannedPayFen: 10_000_000,
      paidFen: 6_000_000,
      reliefFundFen: 25_000_000,
      // 10 万 ÷ 25 万 = 40% against the national 30%: met.
      payRule: { required: { num: 30, den: 100 }, text: '30%', source: '国家规定', fund: '以工代赈中央预算内投资' },
      payShare: { num: 10_000_000, den: 25_000_000, text: '40.00%', met: true },
    }),
    project('P2', 2023, {
      subdistrict: '初家街道',
      sectors: ['交通基础设施'],
      workersPlaced: 5,
      plannedWorkers: 5,
      plannedPayFen: 4_000_000,
      paidFen: 4_000_000,
    }),
    project('P3', 2024, {
      workersPlaced: 3,
      plannedWorkers: 4,
      plannedPayFen: 1_000_000,
      paidFen: 0,
      reliefFundFen: 2_000_000,
      // 1 万 ÷ 2 万 = 50% against the project's own 60%: not met.
      payRule: { required: { num: 60, den: 100 }, text: '60%', source: '项目实施方案', fund: '以工代赈中央预算内投资' },
      payShare: { num: 1_000_000, den: 2_000_000, text: '50.00%', met: false },
    }),
  ],
  payoutMonths: [
    month('P1', '2023-05', {
      rows: 10,
      timelyRows: 8,
      latePaidRows: 1,
      unpaidRows: 1,
      overdueRows: 1,
      paidFen: 2_000_000,
      daysToPay: [5, 3, 0, 1, 0, 0],
    }),
    month('P1', '2023-06', {
      rows: 10,
      timelyRows: 9,
      unpaidRows: 1,
      paidFen: 4_000_000,
      daysToPay: [9, 0, 0, 0, 0, 0],
    }),
    month('P2', '2023-06', { rows: 5, timelyRows: 5, paidFen: 4_000_000, daysToPay: [0, 5, 0, 0, 0, 0] }),
    month('P3', '2024-01', { rows: 3, unpaidRows: 3 }),
  ],
  trainings: [
    training('T1', '2023-03-01', 40, 30),
    training('T2', '2023-11-02', 24, 20),
    training('T3', '2024-02-01', 16, 10),
  ],
  categoryTotals: [
    {
      id: '2023',
      year: 2023,
      workers: 15,
      byCategory: {
        脱贫人口: shown(6),
        防止返贫监测对象: lt5,
        易地搬迁脱贫人口: shown(0),
        农村低收入人口: lt5,
        农村劳动力: shown(7),
      },
    },
  ] satisfies CategoryTotals[],
};

/** One supervision visit of a project on a day, with everything else fixed. */
export const visit = (projectId: string, date: string): Inspection => ({
  id: `${projectId}_${date}`,
  projectId,
  date,
  stage: '实施',
  inspector: '发改局',
  finding: '正常',
  rectification: '无需整改',
});
