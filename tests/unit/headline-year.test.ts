/** The home page's headline year never shows a year whose figures are all zero. */
import { describe, expect, it } from 'vitest';
import { headlineYear } from '../../src/lib/indicators/headline.ts';
import type { Indicators } from '../../src/lib/indicators/indicators.ts';

const year = (workersPlaced: number, paidFen: number) => ({ workersPlaced, paidFen }) as Indicators;

describe('headlineYear', () => {
  const byYear = new Map<number | null, Indicators>([
    [2024, year(120, 5_000_00)],
    [2025, year(0, 300_00)],
    [2026, year(0, 0)], // 2026年提前批: projects published, nothing done yet
  ]);

  it('is the latest year with workers or pay, not a year of projects only', () => {
    expect(headlineYear([2024, 2025, 2026], byYear)).toBe(2025);
  });

  it('a year with workers but no pay yet counts', () => {
    const m = new Map(byYear).set(2026, year(3, 0));
    expect(headlineYear([2024, 2025, 2026], m)).toBe(2026);
  });

  it('site.json headlineYear wins when it is a year of the data, and is ignored otherwise', () => {
    expect(headlineYear([2024, 2025, 2026], byYear, 2024)).toBe(2024);
    expect(headlineYear([2024, 2025, 2026], byYear, 2019)).toBe(2025);
  });

  it('with nothing done in any year, the latest year; with no year, none', () => {
    const none = new Map<number | null, Indicators>([
      [2025, year(0, 0)],
      [2026, year(0, 0)],
    ]);
    expect(headlineYear([2025, 2026], none)).toBe(2026);
    expect(headlineYear([], none)).toBeUndefined();
  });
});
