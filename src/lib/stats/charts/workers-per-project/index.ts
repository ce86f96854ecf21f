/** Planned against placed workers, per project. */
import { int } from '../../../format.ts';
import type { Chart } from '../chart.ts';
import { ID, TABLE_DESCRIPTION, TABLE_HEADER, TABLE_TITLE, TITLE } from './constants.ts';
import { drawWorkersPerProject } from './draw.ts';
import { workersPerProjectState, type WorkersPerProjectState } from './state.ts';

export const workersPerProject: Chart<WorkersPerProjectState> = {
  id: ID,
  state: workersPerProjectState,
  title: (s) => `${s.label}${TITLE}`,
  caption: (s) => {
    const more = s.moreThanPlanned ? `，其中 ${s.moreThanPlanned} 个项目超过计划` : '';
    const cut =
      s.shown.length < s.projects.length
        ? `图中只画出实际用工比计划少得最多的 ${s.shown.length} 个项目，全部项目见数据表。`
        : '';
    const stated = s.plannedStated ? `（其中 ${s.plannedStated} 个项目的计划数是下限或约数）` : '';
    const planned = `${s.projects.length} 个项目计划用工 ${int(s.plannedWorkers)} 人${stated}`;
    return `${planned}，实际吸纳 ${int(s.workersPlaced)} 人${more}。${cut}`;
  },
  table: (s) => ({
    title: `${s.label}${TABLE_TITLE}`,
    description: TABLE_DESCRIPTION,
    header: [...TABLE_HEADER],
    rows: s.projects.map((p) => [p.id, p.name, p.plannedWorkers, p.workersPlaced]),
  }),
  draw: drawWorkersPerProject,
};
