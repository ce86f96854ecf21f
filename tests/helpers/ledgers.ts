/**
 * A small, valid data folder written out by hand, so each test can break one thing and check
 * the exact line the problem is reported on. The header is line 1. Headers and column order come from the
 * ledger registry (src/ledgers/); the cells are given by column key, as they would be typed.
 */
import { LEDGERS, REGISTRY, type Registry } from '../../src/ledgers/registry.ts';
import type { DataSource } from '../../src/lib/ingest/ingest.ts';
import { Problems } from '../../src/lib/ingest/problems.ts';
import { readLedger } from '../../src/lib/ingest/table.ts';
import { csvHeader } from '../../scripts/demo/csvWriter.ts';
import { csv } from './memory.ts';

type Cells<L extends { columns: readonly { key: string }[] }> = Partial<Record<L['columns'][number]['key'], string>>;
/** One line of a ledger, cells by column key, written as given (already quoted where needed). */
const line = <L extends { columns: readonly { key: string; header: string }[] }>(ledger: L, cells: Cells<L>) =>
  ledger.columns.map((c) => (cells as Record<string, string | undefined>)[c.key] ?? '').join(',');

export const PROJECTS_HEADER = csvHeader(LEDGERS.projects);
export const project = (id: string, over: Partial<Record<string, string>> = {}) => {
  const v = {
    name: '于家汤河河道修复工程',
    year: '2023',
    sub: '解甲庄街道',
    loc: '于家汤村',
    type: '农业农村基础设施项目',
    sector: '水利基础设施',
    owner: '莱山区水务局',
    contractor: '烟台海岳水利工程有限公司',
    supervisor: '',
    invest: '100',
    fund: '20',
    content: '"河道清淤\n护岸砌筑"',
    tasks: '清淤；砌石',
    planned: '10',
    pay: '8',
    start: '2023-05-01',
    end: '2023-08-31',
    status: '实施中',
    ns: '2023-04-01',
    ne: '2023-04-07',
    phone: '0535-6901234',
    mediator: '刘振华',
    mphone: '0535-6901235',
    ...over,
  };
  return line(LEDGERS.projects, {
    id,
    name: v.name,
    year: v.year,
    subdistrict: v.sub,
    location: v.loc,
    type: v.type,
    sectors: v.sector,
    owner: v.owner,
    contractor: v.contractor,
    supervisor: v.supervisor,
    investment: v.invest,
    reliefFundFen: v.fund,
    content: v.content,
    tasks: v.tasks,
    plannedWorkers: v.planned,
    plannedPay: v.pay,
    plannedStart: v.start,
    plannedEnd: v.end,
    status: v.status,
    noticeStart: v.ns,
    noticeEnd: v.ne,
    supervisionPhones: v.phone,
    mediatorName: v.mediator,
    mediatorPhones: v.mphone,
  });
};

export const WORKERS_HEADER = csvHeader(LEDGERS.workers);
/**
 * Valid GB 11643 numbers. The first is the standard's own example; the check digits of the others were
 * worked by hand (Σ digit × weight 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mod 11 → "10X98765432"):
 * 110105194912310038: Σ = 169, 169 mod 11 = 4 → 8. 370613198001010011: Σ = 209 → 0 → 1. 370613199002020021: Σ = 231 → 0 → 1.
 */
export const IDS = ['11010519491231002X', '110105194912310038', '370613198001010011', '370613199002020021'];
export const worker = (id: string, card: string, over: Partial<Record<string, string>> = {}) => {
  const v = {
    name: '张三明',
    gender: '',
    sub: '解甲庄街道',
    village: '于家汤村',
    cat: '脱贫人口',
    willing: '是',
    project: 'P-1',
    post: '普工',
    entry: '2023-05-02',
    phone: '13805351234',
    ...over,
  };
  return line(LEDGERS.workers, {
    id,
    name: v.name,
    idNumber: card,
    gender: v.gender,
    subdistrict: v.sub,
    village: v.village,
    categories: v.cat,
    willing: v.willing,
    projectId: v.project,
    post: v.post,
    entryDate: v.entry,
    phone: v.phone,
  });
};

export const PAYOUTS_HEADER = csvHeader(LEDGERS.payouts);
export const payout = (over: Partial<Record<string, string>> = {}) => {
  const v = {
    project: 'P-1',
    worker: 'W1',
    month: '2023-05',
    days: '10',
    wage: '150',
    due: '1500',
    paid: '1500',
    on: '2023-06-10',
    method: '银行代发',
    ...over,
  };
  return line(LEDGERS.payouts, {
    projectId: v.project,
    workerId: v.worker,
    month: v.month,
    workDaysHundredths: v.days,
    wageFen: v.wage,
    dueFen: v.due,
    paidFen: v.paid,
    paidOn: v.on,
    method: v.method,
  });
};

export const TRAININGS_HEADER = csvHeader(LEDGERS.trainings);
export const training = (id: string, over: Partial<Record<string, string>> = {}) => {
  const v = {
    name: '砌筑工培训班',
    trade: '砌筑工',
    start: '2023-03-01',
    end: '2023-03-05',
    hours: '40',
    n: '30',
    org: '区人社局',
    place: '解甲庄街道',
    project: 'P-1',
    ...over,
  };
  return line(LEDGERS.trainings, {
    id,
    name: v.name,
    trade: v.trade,
    start: v.start,
    end: v.end,
    hours: v.hours,
    trainees: v.n,
    organizer: v.org,
    place: v.place,
    projectId: v.project,
  });
};

export const INSPECTIONS_HEADER = csvHeader(LEDGERS.inspections);
export const inspection = (over: Partial<Record<string, string>> = {}) => {
  const v = {
    project: 'P-1',
    date: '2023-06-01',
    stage: '实施',
    who: '区发改局',
    finding: '台账齐全',
    state: '无需整改',
    done: '',
    ...over,
  };
  return line(LEDGERS.inspections, {
    projectId: v.project,
    date: v.date,
    stage: v.stage,
    inspector: v.who,
    finding: v.finding,
    rectification: v.state,
    rectifiedOn: v.done,
  });
};

export const SITE = JSON.stringify({ dataUpdated: '2023-12-31' });

/** The valid folder: one project (lines 2–3, its 建设内容 spans two lines), two workers, two payouts, a class, a visit. */
export function validFolder(): Record<string, string> {
  return {
    'site.json': SITE,
    'projects.csv': csv(PROJECTS_HEADER, project('P-1')),
    'workers.csv': csv(
      WORKERS_HEADER,
      worker('W1', IDS[0]),
      worker('W2', IDS[1], { name: '欧阳明华', cat: '农村劳动力' }),
    ),
    'payouts.csv': csv(
      PAYOUTS_HEADER,
      payout(),
      payout({ worker: 'W2', days: '20.5', wage: '200', due: '4100', paid: '4100' }),
    ),
    'trainings.csv': csv(TRAININGS_HEADER, training('T-1')),
    'inspections.csv': csv(INSPECTIONS_HEADER, inspection()),
  };
}

/**
 * Every personal value in a data folder, for the privacy scan of a built site: each value of every personal
 * column of every ledger in the registry (an ID number also as its birth date in three spellings). Reads the
 * files with the ingest's own reader, so aliases, column order and quoting are handled as in a build.
 */
export async function personalSecrets(source: DataSource, registry: Registry = REGISTRY) {
  const secrets = new Set<string>();
  const rows = new Map<string, number>();
  const date = (y: string, m: string, d: string) => [
    `${y}${m}${d}`,
    `${y}-${m}-${d}`,
    `${y}年${Number(m)}月${Number(d)}日`,
  ];
  for (const ledger of registry.ledgers) {
    const columns = ledger.columns.filter((c) => c.personal);
    const input = columns.length ? source.open(ledger.file) : null;
    if (!input) continue;
    await readLedger(ledger, input, new Problems(), (row) => {
      rows.set(ledger.file, (rows.get(ledger.file) ?? 0) + 1);
      for (const c of columns) {
        const v = row.text(c.key);
        if (!v) continue;
        secrets.add(v);
        const id = c.personal === 'id-number' && /^\d{6}(\d{4})(\d\d)(\d\d)\d{3}[\dXx]$/.exec(v.replace(/\s+/g, ''));
        if (id) for (const s of date(id[1], id[2], id[3])) secrets.add(s);
        const birth = c.personal === 'birth-date' && /^(\d{4})\D?(\d{1,2})\D?(\d{1,2})/.exec(v);
        if (birth) for (const s of date(birth[1], birth[2].padStart(2, '0'), birth[3].padStart(2, '0'))) secrets.add(s);
      }
    });
  }
  return { secrets, rows };
}
