import { describe, expect, it } from 'vitest';
import { buildLookup, groupBy } from '../../src/lib/lookup.ts';
import { fixture, visit } from '../helpers/indicatorFixture.ts';

describe('per-project lookup', () => {
  const trainings = [...fixture.trainings, { ...fixture.trainings[0], id: 'T9', projectId: 'P1' }];
  const inspections = [visit('P2', '2023-06-01'), visit('P1', '2023-05-01'), visit('P2', '2023-07-01')];
  const lookup = buildLookup({ ...fixture, trainings, inspections });
  it('finds a project’s rows by id, in collection order', () => {
    expect(lookup.payoutMonthsOf('P1').map((m) => m.month)).toEqual(['2023-05', '2023-06']);
    expect(lookup.inspectionsOf('P2').map((i) => i.date)).toEqual(['2023-06-01', '2023-07-01']);
    expect(lookup.trainingsOf('P1').map((t) => t.id)).toEqual(['T9']);
    expect(lookup.projectsOfYear(2023).map((p) => p.id)).toEqual(['P1', 'P2']);
    expect(lookup.projectName('P3')).toBe('P3');
  });
  it('gives an empty list for a project without rows', () => {
    expect(lookup.trainingsOf('P3')).toEqual([]);
    expect(lookup.inspectionsOf('nope')).toEqual([]);
  });
  it('groups once, skipping rows without a key', () => {
    const rows = [{ k: 'a' }, { k: undefined }, { k: 'a' }];
    expect(groupBy(rows, (r) => r.k)).toEqual(new Map([['a', [{ k: 'a' }, { k: 'a' }]]]));
  });
});
