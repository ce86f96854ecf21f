/**
 * The ledger registry (src/ledgers/registry.ts): its reading order, its public collections, its personal
 * columns, and that adding a ledger really is one module plus one entry — proven with a ledger declared here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { code, date, personName, phone, text } from '../../src/ledgers/cellTypes.ts';
import { COLLECTIONS, collectionList } from '../../src/ledgers/collections.ts';
import { createRegistry, LEDGERS, personalColumns, REGISTRY, type AnyLedger } from '../../src/ledgers/registry.ts';
import { instructions, templateFiles } from '../../src/ledgers/template.ts';
import { col, defineLedger, type Collector, type LedgerRecord } from '../../src/ledgers/types.ts';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../src/lib/ingest/problems.ts';
import type { Row } from '../../src/lib/ingest/table.ts';
import * as L from '../helpers/ledgers.ts';
import { csv, memorySource } from '../helpers/memory.ts';

const ROOT = join(import.meta.dirname, '../..');

/** A ledger that is not in the registry: 项目回访 (follow-up visits), referring to a project and a worker. */
interface VisitRecord extends LedgerRecord {
  id: string;
  projectId: string;
  workerId?: string;
  date: string;
  visitor: string;
}
const visitColumns = [
  col({
    key: 'id',
    header: '回访编号',
    required: true,
    cell: code('回访编号'),
    public: false,
    example: 'HF-1',
    description: '回访编号',
  }),
  col({
    key: 'projectId',
    header: '项目编号',
    required: true,
    cell: code('项目编号'),
    public: true,
    example: 'LS2024-001',
    description: '回访的项目',
  }),
  col({
    key: 'workerId',
    header: '人员编号',
    required: false,
    cell: code('人员编号'),
    public: false,
    example: 'W00001',
    description: '回访的务工人员',
  }),
  col({
    key: 'date',
    header: '回访日期',
    required: true,
    cell: date,
    public: true,
    example: '2024-06-01',
    description: '回访日期',
  }),
  col({
    key: 'visitor',
    header: '回访人',
    required: true,
    cell: text,
    public: true,
    example: '区发改局',
    description: '开展回访的单位',
  }),
  col({
    key: 'contact',
    header: '受访人姓名',
    required: false,
    cell: personName,
    public: false,
    personal: 'name',
    example: '张三明',
    description: '受访务工人员姓名',
  }),
  col({
    key: 'contactPhone',
    header: '受访人电话',
    required: false,
    cell: phone,
    public: false,
    personal: 'phone',
    example: '13805351234',
    description: '受访务工人员电话',
  }),
] as const;
/** What the test collector received: the rows the generic ingest accepted, with what their references resolved to. */
const accepted: Array<{ id: string; project: unknown; worker: unknown }> = [];
const visits = defineLedger({
  name: 'visits',
  file: 'visits.csv',
  title: '项目回访台账',
  required: false,
  columns: visitColumns,
  parse(row: Row<(typeof visitColumns)[number]>): VisitRecord | undefined {
    const id = row.req('id');
    const projectId = row.req('projectId');
    const workerId = row.opt('workerId');
    const visitDate = row.req('date');
    const visitor = row.req('visitor');
    row.opt('contact');
    row.opt('contactPhone');
    if (row.failed) return undefined;
    return { id: id!, projectId: projectId!, workerId, date: visitDate!, visitor: visitor!, line: row.line };
  },
  key: {
    column: 'id',
    duplicate: (id, first) => `回访编号“${id}”与第 ${first.line} 行重复`,
    missingFix: '请核对编号',
    noun: '回访',
  },
  references: [
    { column: 'projectId', to: 'projects' },
    { column: 'workerId', to: 'workers' },
  ],
  collect: (): Collector<VisitRecord, number> => ({
    add: (r, _row, resolved) =>
      void accepted.push({ id: r.id, project: resolved.projectId, worker: resolved.workerId }),
    done: (index) => index?.size ?? 0,
  }),
  feeds: [],
});
// Declared first on purpose: the registry must still read it after the ledgers it refers to.
const withVisits = createRegistry([visits as unknown as AnyLedger, ...REGISTRY.ledgers]);
const VISITS_HEADER = '回访编号,项目编号,人员编号,回访日期,回访人,受访人姓名,受访人电话';

const names = (ls: readonly AnyLedger[]) => ls.map((l) => l.name);
/** A ledger that refers to `to`, for order and cycle tests. */
const stub = (name: string, ...to: string[]): AnyLedger =>
  ({
    ...visits,
    name,
    file: `${name}.csv`,
    references: to.map((t) => ({ column: 'projectId', to: t })),
  }) as unknown as AnyLedger;

describe('reading order', () => {
  it('reads every ledger after the ledgers it refers to', () => {
    for (const registry of [REGISTRY, withVisits]) {
      const order = names(registry.readOrder);
      expect(new Set(order).size).toBe(registry.ledgers.length);
      for (const l of registry.ledgers)
        for (const r of l.references ?? [])
          expect(order.indexOf(r.to), `${l.name} → ${r.to}`).toBeLessThan(order.indexOf(l.name));
    }
    expect(names(REGISTRY.readOrder)).toEqual([
      'projects',
      'workers',
      'payouts',
      'payoutBatches',
      'trainings',
      'inspections',
      'disputes',
      'corrections',
      'jobs',
    ]);
    expect(names(withVisits.readOrder)).toEqual([
      'projects',
      'workers',
      'visits',
      'payouts',
      'payoutBatches',
      'trainings',
      'inspections',
      'disputes',
      'corrections',
      'jobs',
    ]);
  });

  it('fails at once on a cycle of references, naming it', () => {
    const a = { ...stub('a', 'b'), key: visits.key } as AnyLedger;
    const b = { ...stub('b', 'a'), key: visits.key } as AnyLedger;
    expect(() => createRegistry([a, b])).toThrow('references form a cycle: a → b → a');
    expect(() => createRegistry([{ ...stub('self', 'self'), key: visits.key } as AnyLedger])).toThrow('self → self');
  });

  it('refuses a reference to an unknown ledger or to one without a key', () => {
    expect(() => createRegistry([stub('x', 'nowhere')])).toThrow('unknown ledger "nowhere"');
    expect(() => createRegistry([...REGISTRY.ledgers, stub('x', 'payouts')])).toThrow('payouts, which has no key');
  });
});

describe('public collections', () => {
  it('every public collection has a Zod object schema and a file; every download a name and a title', () => {
    for (const c of collectionList()) {
      expect(c.schema, c.name).toBeInstanceOf(z.ZodObject);
      expect(c.file, c.name).toMatch(/^[a-z-]+(\.json)?$/);
      if (c.idField) expect(Object.keys(c.schema.shape), c.name).toContain(c.idField);
      if (c.download) expect(c.download.title, c.name).toMatch(/\p{Script=Han}/u);
    }
  });

  it('every collection is fed by a ledger, and every feed is a collection', () => {
    const fed = new Set(REGISTRY.ledgers.flatMap((l) => l.feeds));
    expect([...fed].filter((f) => !(f in COLLECTIONS))).toEqual([]);
    expect(Object.keys(COLLECTIONS).filter((c) => !fed.has(c as keyof typeof COLLECTIONS))).toEqual([]);
  });
});

describe('personal columns', () => {
  it('every personal column is private', () => {
    for (const l of REGISTRY.ledgers)
      for (const c of l.columns) if (c.personal) expect(c.public, `${l.file} ${c.header}`).toBe(false);
    const columns = visitColumns.map((c) => (c.personal ? { ...c, public: true } : c));
    const leaky = { ...visits, references: [], columns } as unknown as AnyLedger;
    expect(() => createRegistry([leaky])).toThrow('is personal, so it must be private');
  });

  it('the privacy scan covers every personal column of every ledger, a new ledger too', async () => {
    const all = (r: typeof REGISTRY) =>
      r.ledgers.flatMap((l) => l.columns.filter((c) => c.personal).map((c) => `${l.file} ${c.header}`));
    const scanned = (r: typeof REGISTRY) => personalColumns(r).map((c) => `${c.file} ${c.header}`);
    expect(scanned(REGISTRY)).toEqual(all(REGISTRY));
    expect(scanned(REGISTRY)).toEqual([
      'workers.csv 姓名',
      'workers.csv 身份证号',
      'workers.csv 联系电话',
      'disputes.csv 姓名',
      'disputes.csv 联系电话',
    ]);
    expect(scanned(withVisits)).toEqual(all(withVisits));
    expect(scanned(withVisits)).toContain('visits.csv 受访人电话');

    // And the values the scan searches the built site for include the new ledger's.
    const folder = {
      ...L.validFolder(),
      'visits.csv': csv(VISITS_HEADER, 'HF-1,P-1,W1,2023-06-01,区发改局,李四海,13905351111'),
    };
    const { secrets } = await L.personalSecrets(memorySource(folder), withVisits);
    for (const s of [
      '李四海',
      '13905351111',
      '张三明',
      '11010519491231002X',
      '19491231',
      '1949-12-31',
      '1949年12月31日',
    ])
      expect(secrets).toContain(s);
  });
});

describe('a ledger declared in one module and added with one registry entry', () => {
  const run = async (visitRows: string[]) => {
    accepted.length = 0;
    const folder = { ...L.validFolder(), 'visits.csv': csv(VISITS_HEADER, ...visitRows) };
    const r = await ingest(memorySource(folder), { today: '2026-01-01', registry: withVisits });
    return {
      errors: r.problems.list.filter((p) => p.severity === 'error').map(formatProblem),
      warnings: r.problems.list.filter((p) => p.severity === 'warning').map(formatProblem),
      content: r.content,
    };
  };

  it('is read, and its accepted rows reach its collector with their references resolved', async () => {
    const r = await run(['HF-1,P-1,W1,2023-06-01,区发改局,,', 'HF-2,P-1,,2023-07-01,区发改局,,']);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.content).toBeDefined();
    expect(accepted.map((a) => a.id)).toEqual(['HF-1', 'HF-2']);
    expect(accepted[0].project).toMatchObject({ id: 'P-1', name: '于家汤河河道修复工程' });
    expect(accepted[0].worker).toMatchObject({ id: 'W1', name: '张三明' });
    expect(accepted[1].worker).toBeUndefined();
  });

  it('has its references checked with the same wording as every ledger', async () => {
    const r = await run([
      'HF-1,P-9,W1,2023-06-01,区发改局,,',
      'HF-2,P-1,W9,2023-06-01,区发改局,,',
      'HF-3,p-1,,2023-06-01,区发改局,,',
    ]);
    expect(r.errors).toEqual([
      'visits.csv:2:项目编号: 项目编号“P-9”在项目清单（projects.csv）中不存在，请核对编号',
      'visits.csv:3:人员编号: 人员编号“W9”在务工花名册（workers.csv）中不存在，请先在花名册中登记此人',
      'visits.csv:4:项目编号: 项目编号“p-1”在项目清单（projects.csv）中不存在，请核对编号（注意大小写）',
    ]);
    expect(accepted).toEqual([]);
  });

  it('has its key checked, and is listed among the known files', async () => {
    const r = await run(['HF-1,P-1,,2023-06-01,区发改局,,', 'HF-1,P-1,,2023-07-01,区发改局,,']);
    expect(r.errors).toEqual(['visits.csv:3:回访编号: 回访编号“HF-1”与第 2 行重复']);
    const unknown = await ingest(memorySource({ ...L.validFolder(), 'other.csv': 'a\r\n' }), {
      today: '2026-01-01',
      registry: withVisits,
    });
    expect(unknown.problems.list.map(formatProblem)).toContain(
      'other.csv:1:(整个文件): 警告：不认识的文件，已忽略。台账文件名必须是：visits.csv、projects.csv、workers.csv、payouts.csv、payout-batches.csv、trainings.csv、inspections.csv、disputes.csv、corrections.csv、jobs.csv',
    );
  });

  it('gets a template and a 填写说明 from its declaration', () => {
    const files = templateFiles(withVisits);
    expect(files.find((f) => f.name === 'visits.csv')?.text).toBe(
      `\uFEFF${VISITS_HEADER}\r\nHF-1,LS2024-001,W00001,2024-06-01,区发改局,张三明,13805351234\r\n`,
    );
    const text = instructions(visits as unknown as AnyLedger, withVisits);
    expect(text).toContain('“项目编号”填写的必须是项目清单（projects.csv）中已有的项目编号。');
    expect(text).toContain('7. 受访人电话（可选列，不公开，个人信息，绝不出现在网站上）');
  });
});

describe('templates', () => {
  it('a folder of the templates validates without an error or a warning (the examples refer to each other)', async () => {
    const files = Object.fromEntries(
      templateFiles()
        .filter((f) => f.name.endsWith('.csv'))
        .map((f) => [f.name, f.text]),
    );
    expect(Object.keys(files)).toEqual(Object.values(LEDGERS).map((l) => l.file));
    const r = await ingest(memorySource(files), { today: '2026-01-01' });
    expect(r.problems.list.map(formatProblem)).toEqual([]);
  });

  it('every 填写说明 names every column with its description', () => {
    for (const l of REGISTRY.ledgers) {
      const text = instructions(l);
      for (const c of l.columns)
        expect(text, `${l.file} ${c.header}`).toContain(`${c.header}（${c.required ? '必填列' : '可选列'}`);
      for (const c of l.columns) expect(text).toContain(c.description);
    }
  });
});

describe('README', () => {
  it('lists the columns of each ledger it describes as the registry declares them (required starred, in order)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const described = REGISTRY.ledgers.filter((l) => readme.includes(`**${l.file} `));
    expect(described.length).toBeGreaterThan(0);
    for (const l of described) {
      const line = readme.split('\n').find((s) => s.startsWith(`**${l.file} `));
      const listed = line!
        .replace(/^\*\*[^*]+\*\*：/, '')
        .split(/\s*·\s*/)
        .map((s) => s.replace(/（.*$/, '').trim());
      expect(listed, l.file).toEqual(l.columns.map((c) => (c.required ? `${c.header}\\*` : c.header)));
    }
  });
});
