import { hBarChart } from '../../../charts/hBars.ts';
import type { SvgNode } from '../../../charts/svg.ts';
import { showCount } from '../../../privacy/display.ts';
import { SERIES_NAME, SVG_DESC, SVG_TITLE } from './constants.ts';
import type { ByCategoryState } from './state.ts';

/** One bar per 人员类别; a withheld count gets its mark ("<5", "—") and no bar. */
export function drawByCategory(s: ByCategoryState, width: number, id: string): SvgNode {
  return hBarChart(
    {
      id,
      title: `${s.label}${SVG_TITLE}`,
      desc: SVG_DESC,
      series: [{ name: SERIES_NAME, className: 'bar-a' }],
      rows: s.rows.map(({ category, count }) => ({
        label: category,
        values: [count?.suppressed === false ? count.value : null],
        display: [count ? `${showCount(count)} 人` : '—'],
      })),
    },
    width,
  );
}
