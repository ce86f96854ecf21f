/**
 * payouts.csv can be read three ways (ingest's payoutReader): row by row like any ledger, in compact batches on
 * the main thread, or in a worker thread while the roster is read (large files). All three must give the same
 * problems, in the same order, with the same counts, and the same content. A hand-written folder with errors in
 * the roster and in the payouts, tiny batches (so rows, problems and references cross batch boundaries) and no
 * batch posted ahead (so the worker writes every batch to its temporary file) exercises every path.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSource } from '../../src/lib/ingest/fsSource.ts';
import { idCheckChar } from '../../src/lib/ingest/idcard.ts';
import { DATA_FILES, ingest, type IngestOptions } from '../../src/lib/ingest/ingest.ts';
import { csv } from '../helpers/memory.ts';
import * as L from '../helpers/ledgers.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'payout-reader-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A valid 身份证号 for person n (born 1980-01-01, sequence n). */
const card = (n: number) => {
  const first = `370613198001${String(1 + (n % 28)).padStart(2, '0')}${String(100 + n).padStart(3, '0')}`;
  return first + idCheckChar(first);
};

const SITE = JSON.stringify({ dataUpdated: '2023-12-31', privacy: { publishPayoutList: true } });

function roster(errors: boolean): string {
  const rows = [];
  for (let n = 1; n <= 12; n++)
    rows.push(L.worker(`W${n}`, card(n), { project: n % 3 === 0 ? 'P-2' : 'P-1', name: n % 2 ? '张三明' : '张四明' }));
  if (errors) {
    rows.push(L.worker('W13', card(13).slice(0, 17) + (card(13).endsWith('1') ? '2' : '1'))); // bad check digit
    rows.push(L.worker('W1', card(14))); // duplicate 人员编号
    rows.push(L.worker('W15', card(15), { project: 'P-3' })); // refers to a rejected project
  }
  return csv(L.WORKERS_HEADER, ...rows);
}

function payoutRows(errors: boolean, flood = 0): string {
  const rows: string[] = [];
  const months = ['2023-05', '2023-06', '2023-07'];
  for (let n = 1; n <= 12; n++)
    for (const month of months) {
      const on =
        n % 4 === 0 ? '' : `${month === '2023-07' ? '2023-08' : month.replace(/0(\d)$/, (_, d) => `0${+d + 1}`)}-10`;
      rows.push(L.payout({ worker: `W${n}`, project: n % 3 === 0 ? 'P-2' : 'P-1', month, on, paid: on ? '1500' : '' }));
    }
  rows.push(L.payout({ worker: 'W2', method: '现金', month: '2023-08', on: '2023-09-01' })); // cash
  rows.push(L.payout({ worker: 'W2', project: 'P-2', month: '2023-08', on: '2023-09-01' })); // not the roster's project
  rows.push(L.payout({ worker: 'W5', month: '2023-05', paid: '1000', on: '2023-06-20' })); // a second payment
  rows.push(
    L.payout({ worker: 'W6', month: '2023-09', days: '10.25', due: '1537.5', paid: '1537.5', on: '2023-10-05' }),
  );
  if (errors) {
    rows.push(L.payout({ worker: 'W99' })); // not in the roster
    rows.push(L.payout({ worker: 'W13' })); // a rejected worker
    rows.push(L.payout({ project: 'P-9' })); // not a project
    rows.push(L.payout({ project: 'p-1' })); // case
    rows.push(L.payout({ project: 'P-3' })); // a rejected project
    rows.push(L.payout({ worker: 'W7', month: '2023-06', days: '40' })); // more days than the month
    rows.push(L.payout({ worker: 'W8', due: '1501.5' })); // due ≠ days × wage
    rows.push(rows[3]); // identical to an earlier row
    rows.push(L.payout({ worker: 'W9', method: '"银行\n代发"' })); // a line break: line ≠ Excel row from here on
    rows.push(L.payout({ worker: 'W10', wage: '"15"0"' })); // bad quoting
    rows.push(',,,,,,,,');
    rows.push('合计,,,,,,,,');
    rows.push(`${L.payout({ worker: 'W11' })},多一列`);
    rows.push(L.payout({ worker: 'W12', month: '2023年10月', on: '2023/11/5' }));
    rows.push(L.payout({ worker: 'W3', project: 'P-2', paid: '', on: '' })); // unpaid, overdue
  }
  for (let k = 0; k < flood; k++) {
    rows.push(L.payout({ worker: `W${1 + (k % 12)}`, month: '2023-02', days: '30' })); // an error each
    rows.push(L.payout({ worker: `W${1 + (k % 12)}`, month: '2022-01', paid: '', on: '' })); // warnings
  }
  return csv(L.PAYOUTS_HEADER, ...rows);
}

function files(errors: boolean, flood = 0): Record<string, string> {
  return {
    ...L.validFolder(),
    'site.json': SITE,
    'projects.csv': csv(
      L.PROJECTS_HEADER,
      L.project('P-1'),
      L.project('P-2'),
      ...(errors ? [L.project('P-3', { owner: '' })] : []),
    ),
    'workers.csv': roster(errors),
    'payouts.csv': payoutRows(errors, flood),
  };
}

/** Everything an ingest says: problems in the order reported, counts, omissions and the content with the lists. */
async function outcome(dir: string, options: Partial<IngestOptions>) {
  const r = await ingest(folderSource(dir), { today: '2026-01-01', ...options });
  const p = r.problems;
  const content = r.content && {
    ...r.content,
    payoutLists: r.content.payoutLists.map((l) => ({ projectId: l.projectId, rows: l.rows })),
  };
  return {
    list: p.list,
    counts: p.files(DATA_FILES),
    omitted: [...p.omitted],
    errors: p.errorCount,
    warnings: p.warningCount,
    content: JSON.parse(JSON.stringify(content ?? null)) as unknown,
  };
}

const tiny = { rows: 3, ahead: 0 };
const WAYS: [string, Partial<IngestOptions>][] = [
  ['batches', { payoutReader: 'batches' }],
  ['tiny batches', { payoutReader: 'batches', payoutBatches: tiny }],
  ['a worker thread', { payoutReader: 'worker' }],
  ['a worker thread, tiny batches all written to disk', { payoutReader: 'worker', payoutBatches: tiny }],
];

describe('payouts.csv read in batches or in a worker thread', () => {
  it('gives the same problems in the same order as reading row by row, with errors in both files', async () => {
    const dir = folder(files(true));
    const rows = await outcome(dir, { payoutReader: 'rows' });
    const text = rows.list.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
    // The folder really has what it is meant to test.
    expect(rows.counts.find((c) => c.file === 'workers.csv')?.errors).toBeGreaterThan(0);
    expect(rows.counts.find((c) => c.file === 'payouts.csv')?.errors).toBeGreaterThan(5);
    expect(text.some((t) => t.includes('“W99”'))).toBe(true);
    expect(text.some((t) => t.includes('注意大小写'))).toBe(true);
    expect(text.some((t) => t.includes('完全相同'))).toBe(true);
    expect(rows.list.some((p) => p.file === 'payouts.csv' && p.excelRow !== undefined)).toBe(true);
    expect(text.some((t) => /payouts\.csv 有 \d+ 行引用/.test(t))).toBe(true);
    for (const [, options] of WAYS) expect(await outcome(dir, options)).toEqual(rows);
  });

  it('gives the same content when there are only warnings', async () => {
    const dir = folder(files(false));
    const rows = await outcome(dir, { payoutReader: 'rows' });
    expect(rows.errors).toBe(0);
    expect(rows.warnings).toBeGreaterThan(3);
    expect(rows.content).not.toBeNull();
    for (const [, options] of WAYS) expect(await outcome(dir, options)).toEqual(rows);
  });

  it('counts the problems past the limit the same way', async () => {
    const dir = folder(files(true, 600));
    const rows = await outcome(dir, { payoutReader: 'rows' });
    expect(rows.omitted.length).toBeGreaterThan(0);
    for (const [, options] of WAYS) expect(await outcome(dir, options)).toEqual(rows);
  });

  it('reports a payouts.csv that cannot be decoded the same way', async () => {
    const dir = folder({ ...files(true), 'payouts.csv': '' });
    writeFileSync(join(dir, 'payouts.csv'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    const rows = await outcome(dir, { payoutReader: 'rows' });
    expect(rows.list.some((p) => p.file === 'payouts.csv' && p.message.includes('UTF-16'))).toBe(true);
    for (const [, options] of WAYS) expect(await outcome(dir, options)).toEqual(rows);
  });
});
