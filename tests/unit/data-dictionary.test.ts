import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { downloadCollections } from '../../src/ledgers/collections.ts';
import { fieldDocs } from '../../src/lib/dataDictionary.ts';
import { z } from 'astro/zod';
import { field } from '../../src/schemas/common.ts';
import { projectSchema } from '../../src/schemas/project.ts';

describe('data dictionary generated from the schemas', () => {
  const published = downloadCollections().map((c) => [c.download.title, c.schema] as const);

  it('covers every download table of the registry', () => {
    expect(published.map(([title]) => title)).toEqual([
      '项目',
      '劳务报酬按项目按月汇总',
      '劳务报酬按批次发放',
      '劳务报酬按村汇总',
      '技能培训',
      '矛盾纠纷办理汇总',
      '监管记录',
      '招工信息',
      '务工人员类别汇总',
      '劳动力摸底与安排',
    ]);
  });

  it.each(published)('documents every published field of %s with a Chinese label and a description', (_n, schema) => {
    const docs = fieldDocs(schema);
    const documented = new Set(docs.map((d) => d.key));
    const undocumented = Object.keys(schema.shape).filter((k) => !documented.has(k) && k !== 'id');
    expect(undocumented).toEqual([]);
    for (const d of docs) {
      expect(d.label, d.key).toMatch(/\p{Script=Han}/u);
      expect(d.description, d.key).toBeTruthy();
    }
  });

  it('states units and types', () => {
    const byKey = Object.fromEntries(fieldDocs(projectSchema).map((d) => [d.key, d]));
    expect(byKey.plannedPayFen).toMatchObject({ label: '预计劳务报酬', unit: '分', type: '整数', optional: false });
    expect(byKey.reliefFundFen.optional).toBe(true);
    expect(byKey.sectors.type).toBe(
      '可选值：农业农村基础设施、交通基础设施、水利基础设施、文化旅游基础设施、林业草原基础设施、城乡建设基础设施、灾后恢复重建、能源、生态环境、其他（可多个），及本区县在站点设置中添加的值',
    );
    expect(byKey.workersByCategory.type).toBe('分类计数（小数值隐藏）');
  });

  it('reads optional, default and prefault wrappers through the public API (no Zod internals)', () => {
    const schema = z.object({
      a: field(z.string().optional(), { label: '甲' }),
      b: field(z.number().int().default(7), { label: '乙' }),
      c: field(z.object({ x: z.string() }).prefault({ x: '' }), { label: '丙' }),
      d: field(z.enum(['是', '否']).nullable(), { label: '丁' }),
      e: field(z.array(z.string()).optional().nullable(), { label: '戊' }),
      f: z.string(),
    });
    expect(fieldDocs(schema).map((d) => [d.key, d.type, d.optional])).toEqual([
      ['a', '文本', true],
      ['b', '整数', true],
      ['c', '分类计数（小数值隐藏）', true],
      ['d', '可选值：是、否', false],
      ['e', '文本列表', true],
    ]);
    const grep = (dir: string) => {
      try {
        return execFileSync('grep', ['-rln', '_zod', dir], { encoding: 'utf8' });
      } catch {
        return ''; // grep exits 1 when nothing matches
      }
    };
    expect(grep('src')).toBe('');
  });
});
