import { describe, expect, it } from 'vitest';
import type { DataDiff } from '../../src/lib/changes/diff.ts';
import { shown } from '../../src/lib/changes/diff.ts';
import { diffReport } from '../../src/lib/changes/report.ts';

const empty: DataDiff = {
  projects: { added: [], removed: [], changed: [] },
  pay: [],
  trainings: { added: [], removed: [], changed: [] },
  inspections: { added: [], removed: [] },
  warnings: [],
};

describe('diffReport', () => {
  it('makes terminal control characters from the data visible instead of acting on them', () => {
    const d: DataDiff = {
      ...empty,
      projects: {
        ...empty.projects,
        changed: [{ id: 'P-1', name: 'A\u001b[2J', fields: [{ field: '项目名称', before: 'A', after: 'A\u001b[2J' }] }],
      },
    };
    const lines = diffReport(d, 'old', 'new');
    expect(lines.join('\n')).not.toContain('\u001b');
    expect(lines).toContain('    项目名称：A → A\\u{1B}[2J');
  });

  it('says 无 under each empty section', () => {
    const lines = diffReport(empty, 'old', 'new');
    expect(lines.filter((l) => l === '  无')).toHaveLength(10);
  });
});

describe('shown', () => {
  it('writes money in 元, dates in Chinese, lists with 、 and blanks as （空）', () => {
    expect(shown(123456, '分')).toBe('1,234.56 元');
    expect(shown('2024-03-05')).toBe('2024年3月5日');
    expect(shown(['道路', '水利'])).toBe('道路、水利');
    expect(shown(undefined)).toBe('（空）');
    expect(shown('')).toBe('（空）');
  });
});
