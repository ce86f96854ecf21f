import { describe, expect, it } from 'vitest';
import { fieldDocs } from '../../src/lib/dataDictionary.ts';
import { inspectionSchema } from '../../src/schemas/inspection.ts';
import { payoutMonthSchema } from '../../src/schemas/payoutMonth.ts';
import { projectSchema } from '../../src/schemas/project.ts';
import { trainingSchema } from '../../src/schemas/training.ts';
import { categoryTotalsSchema } from '../../src/schemas/categoryTotals.ts';

describe('data dictionary generated from the schemas', () => {
  it.each([
    ['project', projectSchema],
    ['payout month', payoutMonthSchema],
    ['training', trainingSchema],
    ['inspection', inspectionSchema],
    ['category totals', categoryTotalsSchema],
  ] as const)('documents every published %s field with a Chinese label and a description', (_n, schema) => {
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
    expect(byKey.sector.type).toBe('可选值：交通、水利、农业农村、城镇建设、生态环境、能源、其他');
  });
});
