import { isLate } from '../indicators/payTiming.ts';
import { monthEnd } from '../dates.ts';
import { wan } from '../format.ts';
import { buildContent, type PublicContent } from './publish.ts';
import { parseInspectionRow, inspectionsSpec, type InspectionRecord } from './ledgers/inspections.ts';
import { parsePayoutRow, payoutsSpec } from './ledgers/payouts.ts';
import { PayoutTotals } from './payoutTotals.ts';
import { parseProjectRow, projectsSpec, type ProjectRecord } from './ledgers/projects.ts';
import { parseTrainingRow, trainingsSpec, type TrainingRecord } from './ledgers/trainings.ts';
import { parseWorkerRow, workersSpec, type WorkerRecord } from './ledgers/workers.ts';
import { Problems, WHOLE_FILE, WHOLE_ROW } from './problems.ts';
import { parseSiteConfig, SITE_FILE } from './siteConfig.ts';
import { readLedger, type ByteSource, type Row } from './table.ts';

/** The error for a row whose cleaned cells all equal those of an earlier row. */
const identical = (row: Row, line: number) => row.error(WHOLE_ROW, `这一行与第 ${line} 行完全相同，是重复录入，请删除`);

export const LEDGER_FILES = [projectsSpec.file, workersSpec.file, payoutsSpec.file, trainingsSpec.file, inspectionsSpec.file] as const;
export const DATA_FILES = [SITE_FILE, ...LEDGER_FILES] as const;

/** The data folder, passed in so tests can serve files from memory. */
export interface DataSource {
  /** Names of the files in the folder. */
  list(): Promise<string[]>;
  /** A byte stream of the file, or null if absent. */
  open(name: string): ByteSource | null;
  readText(name: string): Promise<string | null>;
}

export interface IngestOptions {
  /** Today in Asia/Shanghai: the fallback date of the data and the limit for dates of birth. */
  today: string;
  /** Date of the last commit that changed the data folder, if known and the folder is clean. */
  committedOn?: string;
}

export interface IngestResult {
  problems: Problems;
  /** Present only when there is no error: what may be published. */
  content?: PublicContent;
}

/** The private ledgers as read (payouts already folded into totals), kept inside the ingest. */
export interface Ledgers {
  projects: ProjectRecord[];
  workers: Map<string, WorkerRecord>;
  payouts: PayoutTotals;
  trainings: TrainingRecord[];
  inspections: InspectionRecord[];
}

/** Reads and checks a data folder; on success returns the public content, never the private ledgers. */
export async function ingest(source: DataSource, options: IngestOptions): Promise<IngestResult> {
  const problems = new Problems();
  const site = parseSiteConfig(await source.readText(SITE_FILE), problems);
  const noticeDays = site?.noticeDays ?? 7;
  const asOf = site?.dataUpdated ?? options.committedOn ?? options.today;

  const files = new Set(await source.list());
  for (const f of files)
    if (/\.csv$/i.test(f) && !(LEDGER_FILES as readonly string[]).includes(f))
      problems.warning(f, 1, WHOLE_FILE, `不认识的文件，已忽略。台账文件名必须是：${LEDGER_FILES.join('、')}`);

  const open = (file: string, required: boolean): ByteSource | null => {
    const s = source.open(file);
    if (!s) {
      if (required) problems.error(file, 1, WHOLE_FILE, `找不到 ${file}：数据文件夹中必须有这个文件（文件名要完全一致，包括小写的 .csv）`);
      else problems.warning(file, 1, WHOLE_FILE, `没有 ${file}，按没有这类记录处理`);
    }
    return s;
  };

  const led: Ledgers = {
    projects: [],
    workers: new Map(),
    payouts: new PayoutTotals(asOf, site?.privacy.publishPayoutList ?? false),
    trainings: [],
    inspections: [],
  };

  // projects.csv
  const projectLines = new Map<string, { id: string; line: number; hash: number }>();
  const projectsIn = open(projectsSpec.file, true);
  if (projectsIn)
    await readLedger(projectsSpec, projectsIn, problems, (row) => {
      const p = parseProjectRow(row, noticeDays);
      if (!p) return;
      const hash = row.fingerprint();
      const dup = projectLines.get(p.id.toLowerCase());
      if (dup?.hash === hash) return identical(row, dup.line);
      if (dup) return row.error('id', `项目编号“${p.id}”与第 ${dup.line} 行的“${dup.id}”重复（不区分大小写），每个项目的编号必须唯一`);
      projectLines.set(p.id.toLowerCase(), { id: p.id, line: row.line, hash });
      led.projects.push(p);
    });
  const projectIds = new Set(led.projects.map((p) => p.id));
  const unknownProject = (id: string) =>
    `项目编号“${id}”在项目清单（projects.csv）中不存在，请核对编号${projectIds.size && projectLines.has(id.toLowerCase()) ? '（注意大小写）' : ''}`;

  // workers.csv
  const idNumbers = new Map<string, number>();
  const workersIn = open(workersSpec.file, false);
  if (workersIn)
    await readLedger(workersSpec, workersIn, problems, (row) => {
      const w = parseWorkerRow(row, options.today);
      if (!w) return;
      const dup = led.workers.get(w.id);
      if (dup) return row.error('id', `人员编号“${w.id}”与第 ${dup.line} 行重复，每人只能有一个编号`);
      const dupCard = idNumbers.get(w.idNumber);
      if (dupCard) return row.error('idNumber', `这个身份证号已在第 ${dupCard} 行登记过，同一人只登记一次`);
      if (w.projectId && !projectIds.has(w.projectId)) return row.error('projectId', unknownProject(w.projectId));
      idNumbers.set(w.idNumber, row.line);
      led.workers.set(w.id, w);
    });
  idNumbers.clear();

  // payouts.csv
  const payoutsIn = open(payoutsSpec.file, false);
  if (payoutsIn)
    await readLedger(payoutsSpec, payoutsIn, problems, (row) => {
      const p = parsePayoutRow(row);
      if (!p) return;
      if (!projectIds.has(p.projectId)) return row.error('projectId', unknownProject(p.projectId));
      const w = led.workers.get(p.workerId);
      if (!w) return row.error('workerId', `人员编号“${p.workerId}”在务工花名册（workers.csv）中不存在，请先在花名册中登记此人`);
      const added = led.payouts.add(p, w, row.fingerprint());
      if (added.identicalTo !== undefined) return identical(row, added.identicalTo);
      if (w.projectId !== p.projectId)
        row.warning('workerId', `此人在花名册中${w.projectId ? `登记在项目“${w.projectId}”` : '没有安排项目'}，这里却在项目“${p.projectId}”领取报酬，请核对`);
      if (!p.paidOn && isLate(p.month, undefined, asOf))
        row.warning('paidOn', `拖欠风险：${p.month} 的劳务报酬在月末（${monthEnd(p.month)}）之后 30 天仍未发放（截至 ${asOf}）`);
      if (added.sameKey)
        row.warning('workerId', `此人在项目“${p.projectId}”${p.month} 已有一条发放记录，请核对是否重复录入（分两次发放的可以忽略）`);
    });

  // trainings.csv
  const trainingLines = new Map<string, { line: number; hash: number }>();
  const trainingsIn = open(trainingsSpec.file, false);
  if (trainingsIn)
    await readLedger(trainingsSpec, trainingsIn, problems, (row) => {
      const t = parseTrainingRow(row);
      if (!t) return;
      const hash = row.fingerprint();
      const dup = trainingLines.get(t.id);
      if (dup?.hash === hash) return identical(row, dup.line);
      if (dup) return row.error('id', `班期编号“${t.id}”与第 ${dup.line} 行重复`);
      if (t.projectId && !projectIds.has(t.projectId)) return row.error('projectId', unknownProject(t.projectId));
      trainingLines.set(t.id, { line: row.line, hash });
      led.trainings.push(t);
    });

  // inspections.csv: no id, so identical rows are found by fingerprint (one number per row, no text kept)
  const inspectionLines = new Map<number, number>();
  const inspectionsIn = open(inspectionsSpec.file, false);
  if (inspectionsIn)
    await readLedger(inspectionsSpec, inspectionsIn, problems, (row) => {
      const r = parseInspectionRow(row);
      if (!r) return;
      const hash = row.fingerprint();
      const dup = inspectionLines.get(hash);
      if (dup !== undefined) return identical(row, dup);
      inspectionLines.set(hash, row.line);
      if (!projectIds.has(r.projectId)) return row.error('projectId', unknownProject(r.projectId));
      led.inspections.push(r);
    });

  // Paid above plan is possible (more work than planned) but worth a second look.
  for (const p of led.projects) {
    const { paidFen: paid } = led.payouts.project(p.id);
    if (paid > p.plannedPayFen)
      problems.warning(projectsSpec.file, p.sourceLine, '预计劳务报酬(万元)', `已发放劳务报酬 ${wan(paid)} 万元，超过了预计劳务报酬 ${wan(p.plannedPayFen)} 万元，请核对`);
  }

  if (!problems.ok || !site) return { problems };
  return { problems, content: await buildContent(led, site, asOf, site.dataUpdated ? 'config' : options.committedOn ? 'git' : 'today') };
}

