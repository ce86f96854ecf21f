import { describe, expect, it } from 'vitest';
import { columnChart, columnLayout } from '../../src/lib/charts/columns.ts';
import { hBarChart, hBarLayout } from '../../src/lib/charts/hBars.ts';
import { h, renderSvg } from '../../src/lib/charts/svg.ts';
import { escapeMarkup as escapeXml } from '../../src/lib/escape.ts';
import { drawnGroups, MAX_GROUP_BARS } from '../../src/lib/stats/charts/pay-groups/groups.ts';
import type { GroupRow } from '../../src/lib/indicators/indicators.ts';
import { computeIndicators } from '../../src/lib/indicators/indicators.ts';
import { statCharts } from '../../src/lib/stats/charts/index.ts';
import { fixture } from '../helpers/indicatorFixture.ts';

describe('svg markup', () => {
  it('escapes text and attributes, so data never becomes markup', () => {
    expect(renderSvg(h('text', { 'aria-label': '"><script>' }, '<b>解甲庄</b> & 村'))).toBe(
      '<text aria-label="&quot;&gt;&lt;script&gt;">&lt;b&gt;解甲庄&lt;/b&gt; &amp; 村</text>',
    );
    expect(escapeXml(`'`)).toBe('&#39;');
  });
  it('rounds coordinates to 0.1 and drops undefined attributes and children', () => {
    expect(renderSvg(h('rect', { x: 1.234, y: undefined }, false, undefined))).toBe('<rect x="1.2"/>');
  });
});

describe('chart helpers', () => {
  it('scales horizontal bars to the largest value, leaving room for the value label', () => {
    const { x, height, rowH } = hBarLayout(
      {
        id: 'a',
        title: 't',
        desc: 'd',
        series: [{ name: 's', className: 'bar-a' }],
        rows: [
          { label: 'A', values: [50], display: ['50'] },
          { label: 'B', values: [100], display: ['100'] },
        ],
      },
      340,
    );
    expect(x(100)).toBe(340 - 86);
    expect(x(50)).toBe((340 - 86) / 2);
    expect(height).toBe(4 + 2 * rowH);
  });
  it('draws no bar for a suppressed (null) value but still labels it', () => {
    const rows = [{ label: '防止返贫监测对象', values: [null], display: ['<5 人'] }];
    const series = [{ name: 's', className: 'bar-a' }];
    const svg = renderSvg(hBarChart({ id: 'c', title: 't', desc: 'd', series, rows }, 340));
    expect(svg).not.toContain('<rect');
    expect(svg).toContain('&lt;5 人');
  });
  it('puts zero at the bottom of columns and nice ticks above the largest value', () => {
    const input = { id: 'c', title: 't', desc: 'd', bars: [{ label: '1', value: 95 }], format: String, barName: 'b' };
    const { y } = columnLayout(input, 340, 240);
    expect(y(0)).toBe(240 - 30);
    expect(y.domain()).toEqual([0, 100]);
  });
  it('names every chart for screen readers', () => {
    const input = {
      id: 'm',
      title: '标题',
      desc: '说明',
      bars: [{ label: '1', value: 1 }],
      format: String,
      barName: 'b',
    };
    const svg = renderSvg(columnChart(input, 340));
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="m-t m-d"/);
    expect(svg).toContain('<title id="m-t">标题</title><desc id="m-d">说明</desc>');
  });
});

describe('chart snapshots on a fixture', () => {
  const charts = statCharts(fixture, computeIndicators(fixture, 2023));
  it.each(charts.map((c) => [c.id, c] as const))('%s', async (id, chart) => {
    await expect(renderSvg(chart.render(340))).toMatchFileSnapshot(`../fixtures/charts/${id}-340.svg`);
  });
  it('states each takeaway as a sentence with its numbers', () => {
    expect(Object.fromEntries(charts.map((c) => [c.id, c.caption]))).toMatchObject({
      'monthly-pay': '2023年累计发放劳务报酬 100,000 元，为预计 140,000 元的 71.4%。',
      'by-subdistrict': '解甲庄街道已发放劳务报酬最多，为 60,000 元（1 个项目）。',
      'by-category': '吸纳务工 15 人中，脱贫人口占 40.0%。',
      trainings: '2023年开展技能培训 2 期、64 学时，培训 50 人次。',
      'days-to-pay': '按笔计，及时发放率为 91.7%（务工月份结束后 30 天内发放到本人）。',
    });
  });
});

describe('groups drawn at a province’s scale', () => {
  const row = (key: string, plannedPayFen: number) =>
    ({ key, projects: 1, workersPlaced: 0, plannedPayFen, paidFen: 0 }) as unknown as GroupRow;
  it('draws every group up to MAX_GROUP_BARS, and beyond it those with the most planned pay, in list order', () => {
    const few = Array.from({ length: MAX_GROUP_BARS }, (_, i) => row(`街道${i}`, i));
    expect(drawnGroups(few)).toEqual(few);
    const many = Array.from({ length: MAX_GROUP_BARS + 10 }, (_, i) => row(`街道${String(i).padStart(2, '0')}`, i));
    const drawn = drawnGroups(many);
    expect(drawn).toHaveLength(MAX_GROUP_BARS);
    expect(drawn.map((g) => g.key)).toEqual(many.slice(10).map((g) => g.key));
  });
});
