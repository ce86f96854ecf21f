import type { Project } from '../../../../schemas/project.ts';
import { inScope } from '../../../indicators/indicators.ts';
import { scopeLabel } from '../../scope.ts';
import type { ChartInput, ChartState } from '../chart.ts';
import { MAX_BARS } from './constants.ts';

type Workers = Pick<Project, 'id' | 'name' | 'plannedWorkers' | 'workersPlaced'>;

export interface WorkersPerProjectState extends ChartState {
  /** Every project of the scope (the table). */
  projects: Workers[];
  /** The projects drawn: all, or beyond MAX_BARS the largest shortfalls against the plan. */
  shown: Workers[];
  plannedWorkers: number;
  workersPlaced: number;
  /** Projects that placed more workers than planned. */
  moreThanPlanned: number;
  /** Projects whose planned workers are a floor or an approximation (90余人). */
  plannedStated: number;
}

const shortfall = (p: Workers) => p.plannedWorkers - p.workersPlaced;

export function workersPerProjectState({ data, indicators: i }: ChartInput): WorkersPerProjectState {
  const projects: Workers[] = inScope<Project>(data.projects, i.scope);
  const shown =
    projects.length <= MAX_BARS
      ? projects
      : [...projects].sort((a, b) => shortfall(b) - shortfall(a) || (a.id < b.id ? -1 : 1)).slice(0, MAX_BARS);
  return {
    scope: i.scope,
    label: scopeLabel(i.scope),
    projects,
    shown,
    plannedWorkers: i.plannedWorkers,
    workersPlaced: i.workersPlaced,
    moreThanPlanned: projects.filter((p) => p.workersPlaced > p.plannedWorkers).length,
    plannedStated: i.plannedStated.workers,
  };
}
