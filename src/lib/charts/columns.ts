/**
 * Vertical columns over an ordered axis (months, day ranges), with an optional running-total line and a
 * horizontal reference line (the plan). d3 gives scales and the line path only; markup is built here.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { chartSvg, h, type SvgNode } from './svg.ts';

export interface ColumnInput {
  id: string;
  title: string;
  desc: string;
  bars: Array<{ label: string; value: number }>;
  /** Formats a value for the axis and the bar labels. */
  format: (v: number) => string;
  /** Optional running total drawn as a line with points. */
  line?: { name: string; values: number[] };
  /** Optional horizontal reference, e.g. the planned total. */
  reference?: { name: string; value: number };
  barName: string;
}

const M = { top: 28, right: 8, bottom: 30, left: 52 };

export function columnLayout(input: ColumnInput, width: number, height: number) {
  const top = Math.max(
    0,
    ...input.bars.map((b) => b.value),
    ...(input.line?.values ?? []),
    input.reference?.value ?? 0,
  );
  const y = scaleLinear()
    .domain([0, top || 1])
    .nice(4)
    .range([height - M.bottom, M.top]);
  const x = scaleBand<string>()
    .domain(input.bars.map((b) => b.label))
    .range([M.left, width - M.right])
    .padding(0.25);
  return { x, y };
}

export function columnChart(input: ColumnInput, width: number, height = 240): SvgNode {
  const { x, y } = columnLayout(input, width, height);
  const bw = x.bandwidth();
  const ticks = y.ticks(4);
  const path = input.line
    ? line<number>()
        .x((_, i) => x(input.bars[i].label)! + bw / 2)
        .y((v) => y(v))(input.line.values)
    : null;
  const showEvery = Math.ceil(input.bars.length / Math.max(1, Math.floor((width - M.left) / 44)));
  const legendItems = [
    { cls: 'bar-a', name: input.barName, shape: 'rect' },
    ...(input.line ? [{ cls: 'line-a', name: input.line.name, shape: 'line' }] : []),
    ...(input.reference ? [{ cls: 'ref', name: input.reference.name, shape: 'line' }] : []),
  ];
  return chartSvg(
    input.id,
    width,
    height,
    input.title,
    input.desc,
    h(
      'g',
      { class: 'legend' },
      legendItems.map((l, k) =>
        h(
          'g',
          { transform: `translate(${M.left + k * 110},4)` },
          l.shape === 'rect'
            ? h('rect', { class: l.cls, width: 12, height: 12 })
            : h('line', { class: l.cls, x1: 0, x2: 14, y1: 6, y2: 6 }),
          h('text', { x: 18, y: 11 }, l.name),
        ),
      ),
    ),
    h(
      'g',
      { class: 'axis' },
      ticks.map((t) =>
        h(
          'g',
          {},
          h('line', { x1: M.left, x2: width - M.right, y1: y(t), y2: y(t), class: 'grid' }),
          h('text', { x: M.left - 4, y: y(t) + 4, 'text-anchor': 'end' }, input.format(t)),
        ),
      ),
      input.bars.map((b, i) =>
        i % showEvery === 0
          ? h('text', { x: x(b.label)! + bw / 2, y: height - M.bottom + 16, 'text-anchor': 'middle' }, b.label)
          : undefined,
      ),
    ),
    h(
      'g',
      {},
      input.bars.map((b) =>
        h(
          'rect',
          { class: 'bar-a', x: x(b.label)!, y: y(b.value), width: bw, height: Math.max(0, y(0) - y(b.value)) },
          h('title', {}, `${b.label}：${input.format(b.value)}`),
        ),
      ),
    ),
    input.reference
      ? h('line', {
          class: 'ref',
          x1: M.left,
          x2: width - M.right,
          y1: y(input.reference.value),
          y2: y(input.reference.value),
        })
      : undefined,
    path ? h('path', { class: 'line-a', d: path }) : undefined,
    input.line
      ? h(
          'g',
          {},
          input.line.values.map((v, i) =>
            h('circle', { class: 'dot-a', cx: x(input.bars[i].label)! + bw / 2, cy: y(v), r: 3 }),
          ),
        )
      : undefined,
  );
}
