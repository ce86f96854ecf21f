/** The project list in pages by year, each bounded, ordered by 街道 so a 街道's projects stand together. */
import { describe, expect, it } from 'vitest';
import { listPageLabel, projectListPages } from '../../src/lib/views/projectPages.ts';

const p = (id: string, year: number, subdistrict: string) => ({ id, year, subdistrict });
const projects = [
  p('A-3', 2024, '石桥镇'),
  p('A-1', 2024, '白鹤镇'),
  p('A-2', 2024, '白鹤镇'),
  p('B-1', 2023, '青杠乡'),
  p('A-4', 2024, '龙潭乡'),
  p('A-5', 2024, '石桥镇'),
];

describe('project list pages', () => {
  it('newest year first; within a year by 街道 in pinyin order, then by number; at most `rows` a page', () => {
    const pages = projectListPages(projects, 2);
    expect(pages.map((x) => [x.year, x.part, x.parts, x.path, x.projects.map((q) => q.id)])).toEqual([
      [2024, 1, 3, '/projects/year/2024/', ['A-1', 'A-2']], // bai
      [2024, 2, 3, '/projects/year/2024/2/', ['A-4', 'A-3']], // long, shi
      [2024, 3, 3, '/projects/year/2024/3/', ['A-5']],
      [2023, 1, 1, '/projects/year/2023/', ['B-1']],
    ]);
  });

  it('names a page by its year, and by its 街道 range when the year has several pages', () => {
    const pages = projectListPages(projects, 2);
    expect(pages.map(listPageLabel)).toEqual([
      '2024年 第 1 页（白鹤镇）',
      '2024年 第 2 页（龙潭乡—石桥镇）',
      '2024年 第 3 页（石桥镇）',
      '2023年',
    ]);
  });

  it('every project is on exactly one page', () => {
    const ids = projectListPages(projects, 4).flatMap((x) => x.projects.map((q) => q.id));
    expect(ids.sort()).toEqual(projects.map((q) => q.id).sort());
  });
});
