/**
 * Writes demo ledgers for 烟台市莱山区 into a folder (default data/), deterministically from a seed.
 *
 *   npm run generate                      # the demo: 2023 reproduces 18 projects, 369 workers, 8 classes, 320 hours, 258 trainees
 *   npm run generate -- --out /tmp/big --projects 25000 --workers 3500000   # benchmark scale, streamed
 *   … --payout-factor 3                   # three times the payout rows (9 paid months per worker), same roster
 */
import { writeDisputes } from './demo/disputes.ts';
import { RECRUITMENT } from './demo/recruitment.ts';
import { writeDemoJobs } from './demo/jobs.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { idCheckChar } from '../src/lib/ingest/idcard.ts';
import { addDays, monthEnd } from '../src/lib/dates.ts';
import { yuanPlain } from '../src/lib/format.ts';
import { LEDGERS } from '../src/ledgers/registry.ts';
import { csvHeader, CsvWriter, type CsvValue } from './demo/csvWriter.ts';
import { Random, splitTotal } from './demo/random.ts';
import * as V from './demo/vocabulary.ts';
import { demoInspectionKind } from './demo/supervision.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'data' },
    seed: { type: 'string', default: '20231231' },
    projects: { type: 'string' },
    workers: { type: 'string' },
    /** Large mode only: paid months per worker are 3 × this (more payout rows, same roster). */
    'payout-factor': { type: 'string', default: '1' },
  },
});
const out = resolve(values.out);
const rng = new Random(Number(values.seed));
const scaled = values.projects !== undefined || values.workers !== undefined;

// Rows are written by column key (src/ledgers/<name>.ts), so they follow the declared columns whatever their order.
// A key names the value the ingest parses (workDaysHundredths, dueFen); the cell is written as a clerk types it.
const L = LEDGERS;
/** A ledger's CSV in the output folder, written row by row. */
const writer = <K extends string>(ledger: { file: string; columns: readonly { key: K; header: string }[] }) =>
  new CsvWriter(join(out, ledger.file), ledger);
// Amounts are written as a clerk would type them: 万元 with two decimals, 元 without empty fen.
const wan = (fen: number) => yuanPlain(Math.round(fen / 10_000)); // fen are whole 0.01 万元 here
const yuan = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : yuanPlain(fen));
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A valid, unique 370613… ID number from a counter: birth date and sequence both derived from k. */
function idNumber(k: number): { id: string; birth: string } {
  const day = k % 16_000;
  // Unique for k below 16 million, and the gender digit varies from one person to the next.
  const seq = (Math.floor(k / 16_000) * 37 + k) % 1000;
  const birth = addDays('1960-01-01', day);
  const first17 = `370613${birth.replace(/-/g, '')}${pad(seq, 3)}`;
  return { id: first17 + idCheckChar(first17), birth };
}

function personName(): string {
  const surname = rng.chance(0.03) ? rng.pick(V.COMPOUND) : rng.pick(V.SURNAMES);
  const given = rng.chance(0.3) ? rng.pick(V.GIVEN) : rng.pick(V.GIVEN) + rng.pick(V.GIVEN);
  return surname + given;
}

const mobile = () => `1${rng.pick(['35', '37', '39', '58', '86', '88'])}${pad(rng.int(0, 99_999_999), 8)}`;
const landline = () => `0535-${rng.int(6_000_000, 6_999_999)}`;

interface ProjectPlan {
  id: string;
  year: number;
  name: string;
  sector: string;
  tasks: string;
  north: boolean;
  subdistrict: string;
  village: string;
  months: string[];
  workers: number;
}

async function demo(): Promise<void> {
  const YEAR = 2023;
  const placedPerProject = splitTotal(rng, 369, 18, 6);
  const plans: ProjectPlan[] = [];
  const projects = writer(L.projects);
  const publicText: string[] = [];
  type PayoutKey = (typeof L.payouts.columns)[number]['key'];
  const payRows: Array<Record<PayoutKey, CsvValue>> = [];

  // Projects: 8 in the north (重点工程), 10 in the south (农业农村基础设施; two with a dedicated 以工代赈 fund).
  for (let i = 0; i < 18; i++) {
    const north = i < 8;
    const subdistrict = north ? V.NORTH[i % 3] : V.SOUTH[(i - 8) % 3];
    // Project 9 is the real 2023 project named in the source article.
    const [pattern, sector, tasks] = north
      ? V.NORTH_WORKS[i % V.NORTH_WORKS.length]
      : V.SOUTH_WORKS[i === 8 ? 4 : (i - 8) % V.SOUTH_WORKS.length];
    let village = i === 8 ? '于家汤村' : rng.pick(V.VILLAGES[subdistrict]);
    const nameIn = (v: string) =>
      i === 8 ? '于家汤河河道修复工程' : pattern.replace('{v}', v).replace('{s}', subdistrict.replace('街道', ''));
    while (plans.some((q) => q.name === nameIn(village))) village = rng.pick(V.VILLAGES[subdistrict]);
    const name = nameIn(village);
    const startMonth = rng.int(3, 9);
    const duration = rng.int(2, 4);
    const months = Array.from({ length: duration }, (_, k) => `${YEAR}-${pad(startMonth + k, 2)}`);
    if (i === 5 || i === 14) months.push(`${YEAR}-11`, `${YEAR}-12`); // still running at year end
    const id = `LS${YEAR}-${pad(i + 1, 3)}`;
    plans.push({
      id,
      year: YEAR,
      name,
      sector,
      tasks,
      north,
      subdistrict,
      village,
      months: [...new Set(months)].sort(),
      workers: placedPerProject[i],
    });
    publicText.push(name, village, subdistrict);
  }

  // Roster: the placed workers, then people surveyed but not placed.
  const workers = writer(L.workers);
  const categories = ['脱贫人口', '防止返贫监测对象', '易地搬迁脱贫人口', '农村低收入人口', '农村劳动力'] as const;
  const weights = [0.16, 0.06, 0.02, 0.12, 0.64];
  const category = () => {
    let x = rng.next();
    for (let j = 0; j < weights.length; j++) if ((x -= weights[j]) < 0) return categories[j];
    return '农村劳动力';
  };
  const forbidden = [...publicText, ...V.MEDIATORS, ...V.CONTRACTORS, ...Object.values(V.OWNERS)].join('|');
  const usedNames = new Set<string>();
  const uniqueName = () => {
    for (;;) {
      const n = personName();
      if (!usedNames.has(n) && !forbidden.includes(n)) {
        usedNames.add(n);
        return n;
      }
    }
  };
  let k = rng.int(0, 5000);
  let workerNo = 0;
  const wageOf = new Map<string, number>();
  for (const p of plans) {
    for (let n = 0; n < p.workers; n++) {
      const { id: card } = idNumber((k += rng.int(1, 37)));
      const wid = `W${pad(++workerNo, 5)}`;
      const skilled = rng.chance(0.15);
      wageOf.set(wid, (skilled ? rng.int(20, 30) : rng.int(12, 18)) * 1000);
      const village = rng.chance(0.8) ? p.village : rng.pick(V.VILLAGES[p.subdistrict]);
      await workers.row({
        id: wid,
        name: uniqueName(),
        idNumber: card,
        subdistrict: p.subdistrict,
        village,
        categories: category(),
        willing: '是',
        projectId: p.id,
        post: skilled ? rng.pick(V.POSTS_SKILLED) : rng.pick(V.POSTS_GENERAL),
        entryDate: `${p.months[0]}-${pad(rng.int(1, 5), 2)}`,
        phone: mobile(),
      });
      // Payouts: every month of the project.
      for (const month of p.months) {
        const days = rng.int(8, 22);
        const wage = wageOf.get(wid)!;
        const due = days * wage;
        let paidOn: string | undefined = addDays(monthEnd(month), rng.int(5, 20));
        if (p.id === 'LS2023-004' && month === p.months[1]) paidOn = addDays(monthEnd(month), rng.int(38, 46)); // a late month
        if (month === '2023-12') paidOn = undefined; // December not yet paid on the data date
        if (p.id === 'LS2023-015' && month === '2023-11' && n < 2) paidOn = undefined; // 拖欠 risk
        const method = paidOn
          ? p.id === 'LS2023-012' && n === 0
            ? '现金'
            : rng.chance(0.7)
              ? '银行代发'
              : '一卡通'
          : '';
        payRows.push({
          projectId: p.id,
          workerId: wid,
          month,
          workDaysHundredths: days,
          wageFen: yuan(wage),
          dueFen: yuan(due),
          paidFen: paidOn ? yuan(due) : '',
          paidOn,
          method,
        });
      }
    }
  }
  for (let n = 0; n < 64; n++) {
    const sub = rng.pick([...V.NORTH, ...V.SOUTH]);
    const { id: card } = idNumber((k += rng.int(1, 37)));
    await workers.row({
      id: `W${pad(++workerNo, 5)}`,
      name: uniqueName(),
      idNumber: card,
      subdistrict: sub,
      village: rng.pick(V.VILLAGES[sub]),
      categories: category(),
      willing: rng.chance(0.7) ? '是' : '否',
      phone: rng.chance(0.8) ? mobile() : '',
    });
  }
  await workers.close();

  const payouts = writer(L.payouts);
  const dueByProject = new Map<string, number>();
  for (const r of payRows) {
    await payouts.row(r);
    const id = String(r.projectId);
    dueByProject.set(id, (dueByProject.get(id) ?? 0) + Math.round(Number(r.dueFen) * 100));
  }
  await payouts.close();

  // Project rows, now that the expected pay is known.
  for (const [i, p] of plans.entries()) {
    const { north, sector, tasks, name } = p;
    const due = dueByProject.get(p.id) ?? 0;
    const plannedPay = Math.ceil((due * (i === 3 ? 0.95 : 1 + rng.int(2, 12) / 100)) / 10_000) * 10_000; // whole 0.01 万元
    const special = i === 8 || i === 12;
    const fund = special ? Math.ceil(plannedPay / (rng.int(34, 46) / 100) / 10_000) * 10_000 : undefined;
    const investment = Math.ceil(((fund ?? plannedPay) * (special ? 1.6 : rng.int(5, 12))) / 10_000) * 10_000;
    const start = `${p.months[0]}-${pad(rng.int(1, 10), 2)}`;
    const end = monthEnd(p.months[p.months.length - 1]);
    const status = p.months.includes('2023-12') ? '实施中' : rng.chance(0.6) ? '已验收' : '已完工';
    const content = `${name.replace(/工程$/, '')}，主要建设内容：\n${north ? '改造道路及配套设施约 ' + rng.int(8, 30) / 10 + ' 公里' : '实施' + (sector === '水利基础设施' ? '沟渠及护岸约 ' + rng.int(10, 60) / 10 + ' 公里' : '道路及配套约 ' + rng.int(10, 50) / 10 + ' 公里')}；\n同步完善排水、绿化等附属设施。`;
    await projects.row({
      id: p.id,
      name,
      year: p.year,
      subdistrict: p.subdistrict,
      location: p.village,
      type: special ? '以工代赈专项资金项目' : north ? '重点工程项目' : '农业农村基础设施项目',
      // Named where a special fund pays (it sets the pay-share rule); other projects take it from 项目类型.
      fundingSource: fund ? `以工代赈中央预算内投资${wan(fund)}万元，区级配套资金${wan(investment - fund)}万元` : '',
      sectors: sector,
      owner: V.OWNERS[p.subdistrict],
      contractor: V.CONTRACTORS[i % V.CONTRACTORS.length],
      supervisor: i % 3 === 0 ? '' : V.SUPERVISORS[i % V.SUPERVISORS.length],
      investment: wan(investment),
      reliefFundFen: fund ? wan(fund) : '',
      content,
      tasks,
      plannedWorkers: p.workers + rng.int(0, 6),
      plannedPay: wan(plannedPay),
      plannedStart: start,
      plannedEnd: end,
      status,
      noticeStart: addDays(start, -20),
      noticeEnd: i % 4 === 0 ? '' : addDays(start, -14),
      supervisionPhones: landline(),
      mediatorName: V.MEDIATORS[i % V.MEDIATORS.length],
      mediatorPhones: landline(),
      dailyWageText: RECRUITMENT.get(p.id)?.dailyWageText ?? '',
      signUp: RECRUITMENT.get(p.id)?.signUp ?? '',
    });
  }
  await projects.close();

  // Trainings: 8 classes, 40 hours each (320), 258 trainees.
  const trainees = splitTotal(rng, 258, 8, 4);
  const trainings = writer(L.trainings);
  for (let t = 0; t < 8; t++) {
    const [name, trade] = V.TRAININGS[t];
    const start = `${YEAR}-${pad(3 + t, 2)}-${pad(rng.int(6, 20), 2)}`;
    const linked = plans[(t * 5) % 18];
    await trainings.row({
      id: `PX${YEAR}-${pad(t + 1, 2)}`,
      name: `${YEAR}年以工代赈${name}`,
      trade,
      start,
      end: addDays(start, 4),
      hours: 40,
      trainees: trainees[t],
      organizer: V.TRAINING_ORGANIZERS[t % 3],
      place: `${linked.subdistrict}${linked.village}`,
      projectId: t % 2 === 0 ? linked.id : '',
    });
  }
  await trainings.close();

  // Inspections: 1–3 per project, quarterly, a few findings to rectify.
  const inspections = writer(L.inspections);
  for (const [i, p] of plans.entries()) {
    const visits = rng.int(1, 3);
    for (let v = 0; v < visits; v++) {
      const date = addDays(`${p.months[0]}-01`, v * 45 + rng.int(5, 25));
      const stage = v === 0 ? '筹备' : v === visits - 1 && !p.months.includes('2023-12') ? '验收' : '实施';
      const fix = (i + v) % 4 === 1;
      const state = !fix ? '无需整改' : v === visits - 1 && i % 2 === 0 ? '整改中' : '已整改';
      await inspections.row({
        projectId: p.id,
        date,
        stage,
        kind: demoInspectionKind(i, v),
        inspector: rng.pick(V.INSPECTORS),
        finding: fix ? rng.pick(V.FINDINGS_FIX) : rng.pick(V.FINDINGS_OK),
        rectification: state,
        rectifiedOn: state === '已整改' ? addDays(date, rng.int(5, 15)) : '',
      });
    }
  }
  await inspections.close();
  await writeDemoJobs(out, plans);
  await writeDisputes(writer(L.disputes));
}

/**
 * Benchmark scale: N projects over 2019–2025 and M placed workers with 3 × `factor` paid months each (running
 * into the next year when needed), streamed.
 */
async function scale(nProjects: number, nWorkers: number, factor: number): Promise<void> {
  const subs = [...V.NORTH, ...V.SOUTH];
  const projects = writer(L.projects);
  const plan: { id: string; year: number; sub: string; month: number }[] = [];
  for (let i = 0; i < nProjects; i++) {
    const year = 2019 + (i % 7);
    const sub = subs[i % subs.length];
    const village = rng.pick(V.VILLAGES[sub]);
    const [pattern, sector, tasks] = V.SOUTH_WORKS[i % V.SOUTH_WORKS.length];
    const id = `P${year}-${pad(i + 1, 6)}`;
    const month = rng.int(1, 9);
    plan.push({ id, year, sub, month });
    const perProject = Math.ceil(nWorkers / nProjects);
    const pay = perProject * 3 * 20 * 150 * 100;
    await projects.row({
      id,
      name: pattern.replace('{v}', village),
      year,
      subdistrict: sub,
      location: village,
      type: '农业农村基础设施项目',
      sectors: sector,
      owner: V.OWNERS[sub],
      contractor: rng.pick(V.CONTRACTORS),
      investment: wan(pay * 6),
      content: '建设内容见实施方案',
      tasks,
      plannedWorkers: perProject,
      plannedPay: wan(pay * 2),
      plannedStart: `${year}-${pad(month, 2)}-01`,
      plannedEnd: `${year}-${pad(month + 3, 2)}-28`,
      status: '已完工',
      supervisionPhones: landline(),
      mediatorName: rng.pick(V.MEDIATORS),
      mediatorPhones: landline(),
    });
  }
  await projects.close();
  const workers = writer(L.workers);
  const payouts = writer(L.payouts);
  for (let w = 0; w < nWorkers; w++) {
    const p = plan[w % plan.length];
    const wid = `W${pad(w + 1, 8)}`;
    await workers.row({
      id: wid,
      name: personName(),
      idNumber: idNumber(w).id,
      subdistrict: p.sub,
      village: rng.pick(V.VILLAGES[p.sub]),
      categories: rng.chance(0.2) ? '脱贫人口' : '农村劳动力',
      willing: '是',
      projectId: p.id,
      post: '普工',
    });
    for (let m = 0; m < 3 * factor; m++) {
      const k = p.month - 1 + m;
      const month = `${p.year + Math.floor(k / 12)}-${pad((k % 12) + 1, 2)}`;
      const days = rng.int(8, 22);
      const wage = rng.int(12, 18) * 1000;
      await payouts.row({
        projectId: p.id,
        workerId: wid,
        month,
        workDaysHundredths: days,
        wageFen: yuan(wage),
        dueFen: yuan(days * wage),
        paidFen: yuan(days * wage),
        paidOn: addDays(monthEnd(month), rng.int(5, 25)),
        method: '银行代发',
      });
    }
  }
  await workers.close();
  await payouts.close();
  for (const l of [L.trainings, L.inspections]) await writeFile(join(out, l.file), `\uFEFF${csvHeader(l)}\r\n`);
}

await mkdir(out, { recursive: true });
const factor = Number(values['payout-factor']);
if (!Number.isInteger(factor) || factor < 1) throw new Error('--payout-factor must be a whole number ≥ 1');
if (scaled) await scale(Number(values.projects ?? 1000), Number(values.workers ?? 100_000), factor);
else await demo();
console.log(`已生成演示数据：${out}`);
