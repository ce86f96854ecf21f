/** The published openings, grouped by project once per build (a notice page looks up its own). */
import type { Job } from '../../schemas/job.ts';
import { publicData } from './data.ts';

export const jobs: readonly Job[] = publicData.jobs;

const byProject = new Map<string, Job[]>();
for (const j of jobs) byProject.set(j.projectId, [...(byProject.get(j.projectId) ?? []), j]);

export const jobsOf = (projectId: string): readonly Job[] => byProject.get(projectId) ?? [];

/**
 * How to sign up for a project's work as jobs.csv states it (its distinct 报名方式, with their phones), for a
 * notice whose projects.csv row has no 报名方式 of its own; undefined without openings.
 */
export function jobsSignUp(projectId: string): string | undefined {
  const ways = [
    ...new Set(
      jobsOf(projectId).map((j) => (j.phones.length ? `${j.signUp}（电话 ${j.phones.join('、')}）` : j.signUp)),
    ),
  ];
  return ways.length ? ways.join('；') : undefined;
}
