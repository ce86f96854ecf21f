/** The published openings, grouped by project once per build (a notice page looks up its own). */
import type { Job } from '../../schemas/job.ts';
import { publicData } from './data.ts';

export const jobs: readonly Job[] = publicData.jobs;

const byProject = new Map<string, Job[]>();
for (const j of jobs) byProject.set(j.projectId, [...(byProject.get(j.projectId) ?? []), j]);

export const jobsOf = (projectId: string): readonly Job[] => byProject.get(projectId) ?? [];
