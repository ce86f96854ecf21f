import { describe, expect, it } from 'vitest';
import { LISTED_CLOSED, listedJobs } from '../../src/lib/jobs.ts';

const job = (id: string, start: string, end: string) => ({ id, projectId: 'P', start, end });
const day = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('listedJobs', () => {
  it('lists every open and upcoming opening and only the latest closed ones, counting those left out', () => {
    const closed = Array.from({ length: LISTED_CLOSED + 5 }, (_, i) => job(`c${i}`, day(i), day(i + 1)));
    const now = [job('open', '2024-05-01', '2024-06-30'), job('soon', '2024-07-01', '2024-07-31')];
    const { listed, closedLeftOut } = listedJobs([...closed, ...now], '2024-06-15');
    expect(closedLeftOut).toBe(5);
    expect(listed).toHaveLength(LISTED_CLOSED + 2);
    expect(listed.map((j) => j.id)).toContain('open');
    expect(listed.map((j) => j.id)).toContain('soon');
    // The five that closed earliest (c0 … c4) are the ones left out.
    for (const id of ['c0', 'c1', 'c2', 'c3', 'c4']) expect(listed.map((j) => j.id)).not.toContain(id);
    expect(listed.map((j) => j.id)).toContain('c5');
  });

  it('leaves nothing out of a small district', () => {
    const jobs = [job('a', '2023-01-01', '2023-01-31'), job('b', '2024-01-01', '2024-12-31')];
    expect(listedJobs(jobs, '2024-06-15')).toEqual({ listed: jobs, closedLeftOut: 0 });
  });
});
