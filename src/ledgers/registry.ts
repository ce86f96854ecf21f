/**
 * THE list of ledgers. Each is declared once in its own module; everything that handles ledgers reads this
 * registry: the ingest (which files, in which order, every check), the CSV templates and their 填写说明, the
 * unknown-file warning and the privacy scan of the built site. To add a ledger, add its module and one entry.
 */
import { COLLECTIONS } from './collections.ts';
import { corrections } from './corrections.ts';
import { disputes } from './disputes.ts';
import { inspections } from './inspections.ts';
import { jobs } from './jobs.ts';
import { payoutBatches } from './payoutBatches.ts';
import { payouts } from './payouts.ts';
import { projects } from './projects.ts';
import { trainings } from './trainings.ts';
import type { ColumnDef, LedgerDef, Personal } from './types.ts';
import { workers } from './workers.ts';

/** In the order problems are listed and templates are written (reading order follows the references). */
export const LEDGERS = {
  projects,
  workers,
  payouts,
  payoutBatches,
  trainings,
  inspections,
  disputes,
  corrections,
  jobs,
} as const;

type Result<L> = L extends LedgerDef<readonly ColumnDef[], infer _R, infer S> ? S : never;

/** What the ingest keeps of each ledger once read: lists, key indexes, or folded totals (payouts). */
export type Ledgers = { [N in keyof typeof LEDGERS]: Result<(typeof LEDGERS)[N]> };

/** Any ledger: the registry and the ingest handle ledgers generically. */
export type AnyLedger = LedgerDef;

export interface Registry {
  /** As declared. */
  readonly ledgers: readonly AnyLedger[];
  /** Every ledger after the ledgers it refers to. */
  readonly readOrder: readonly AnyLedger[];
  get(name: string): AnyLedger;
}

/**
 * Checks a list of ledger declarations and orders them for reading: each ledger after every ledger it refers
 * to (so a reference is checked against a fully read key index), otherwise as declared. Throws on a duplicate
 * name or file, a reference to an unknown ledger or one without a key, a feed that is not a public collection,
 * a personal column marked public, or a cycle of references.
 */
export function createRegistry(ledgers: readonly AnyLedger[]): Registry {
  const byName = new Map<string, AnyLedger>();
  const files = new Set<string>();
  for (const l of ledgers) {
    if (byName.has(l.name) || files.has(l.file))
      throw new Error(`ledger registry: ${l.name} (${l.file}) is declared twice`);
    byName.set(l.name, l);
    files.add(l.file);
  }
  for (const l of ledgers) {
    const keys = new Set(l.columns.map((c) => c.key));
    const need = (key: string, what: string) => {
      if (!keys.has(key)) throw new Error(`ledger registry: ${l.name}: ${what} names no column "${key}"`);
    };
    if (l.key) need(l.key.column, 'key');
    for (const u of l.unique ?? []) need(u.column, 'unique');
    for (const r of l.references ?? []) {
      need(r.column, 'reference');
      const to = byName.get(r.to);
      if (!to) throw new Error(`ledger registry: ${l.name}.${r.column} refers to unknown ledger "${r.to}"`);
      if (!to.key) throw new Error(`ledger registry: ${l.name}.${r.column} refers to ${r.to}, which has no key`);
    }
    for (const f of l.feeds)
      if (!(f in COLLECTIONS)) throw new Error(`ledger registry: ${l.name} feeds unknown collection "${f}"`);
    for (const c of l.columns)
      if (c.personal && c.public)
        throw new Error(`ledger registry: ${l.name}.${c.key} is personal, so it must be private`);
  }
  return { ledgers, readOrder: readOrder(ledgers, byName), get: (name) => byName.get(name)! };
}

/** Depth-first topological order, stable in declaration order; a cycle fails at once, naming it. */
function readOrder(ledgers: readonly AnyLedger[], byName: ReadonlyMap<string, AnyLedger>): AnyLedger[] {
  const order: AnyLedger[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (l: AnyLedger, path: string[]) => {
    if (state.get(l.name) === 'done') return;
    if (state.get(l.name) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(l.name)), l.name].join(' → ');
      throw new Error(`ledger registry: references form a cycle: ${cycle}`);
    }
    state.set(l.name, 'visiting');
    for (const r of l.references ?? []) visit(byName.get(r.to)!, [...path, l.name]);
    state.set(l.name, 'done');
    order.push(l);
  };
  for (const l of ledgers) visit(l, []);
  return order;
}

export const REGISTRY = createRegistry(Object.values(LEDGERS));

/** A column of personal data and the ledger it is in. */
export interface PersonalColumn {
  ledger: string;
  file: string;
  key: string;
  header: string;
  personal: Personal;
}

/** Every personal column of every ledger: what the privacy scan searches the built site for. */
export function personalColumns(registry: Registry = REGISTRY): PersonalColumn[] {
  return registry.ledgers.flatMap((l) =>
    l.columns.flatMap((c) =>
      c.personal ? [{ ledger: l.name, file: l.file, key: c.key, header: c.header, personal: c.personal }] : [],
    ),
  );
}
