/**
 * A tiny element tree for build-time SVG: charts return nodes, `renderSvg` writes markup. Every text and
 * attribute value is escaped here, once, so a 街道 or project name from a CSV can never become markup.
 */
import { escapeMarkup } from '../escape.ts';

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number | undefined>;
  children: Array<SvgNode | string>;
}

type Child = SvgNode | string | false | undefined;

export function h(tag: string, attrs: SvgNode['attrs'] = {}, ...children: Array<Child | Child[]>): SvgNode {
  return { tag, attrs, children: children.flat().filter((c): c is SvgNode | string => c !== false && c !== undefined) };
}

/** Numbers rounded to 0.1 so the markup is short and stable across platforms. */
const num = (v: number) => String(Math.round(v * 10) / 10);

export function renderSvg(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeMarkup(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeMarkup(v!)}"`)
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(renderSvg).join('')}</${node.tag}>`;
}

/** The outer <svg>: role="img" named by its <title> and described by its <desc>. */
export function chartSvg(
  id: string,
  width: number,
  height: number,
  title: string,
  desc: string,
  ...body: Child[]
): SvgNode {
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${id}-t ${id}-d`,
      class: 'chart-svg',
    },
    h('title', { id: `${id}-t` }, title),
    h('desc', { id: `${id}-d` }, desc),
    ...body,
  );
}
