/** Skills-training classes, hours and trainees per month or year. */
import { int } from '../../../format.ts';
import type { Chart } from '../chart.ts';
import { ID, TABLE_DESCRIPTION, TABLE_HEADER, TITLE } from './constants.ts';
import { drawTrainings } from './draw.ts';
import { trainingsState, type TrainingsState } from './state.ts';

export const trainings: Chart<TrainingsState> = {
  id: ID,
  state: trainingsState,
  // Over all years the heading needs no scope: "各年度技能培训".
  title: (s) => (s.scope === null ? TITLE(s.scope) : `${s.label}${TITLE(s.scope)}`),
  caption: ({ label, totals: t }) =>
    `${label}开展技能培训 ${int(t.classes)} 期、${int(t.hours)} 学时，培训 ${int(t.trainees)} 人次。`,
  table: (s) => ({
    title: `${s.label}${TITLE(s.scope)}`,
    description: TABLE_DESCRIPTION,
    header: TABLE_HEADER(s.scope),
    rows: s.periods.map((r) => [r.period, r.classes, r.hours, r.trainees]),
  }),
  draw: drawTrainings,
};
