import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  currentSection,
  dataPath,
  isUnlisted,
  methodologyPath,
  payoutsPath,
  payoutsYearPath,
  printPath,
  projectPath,
  statsPath,
} from '../../src/lib/routes.ts';

describe('routes', () => {
  it('writes a project’s three pages under its encoded id', () => {
    expect(projectPath('LS2023-001')).toBe('/projects/LS2023-001/');
    expect(printPath('LS2023-001')).toBe('/projects/LS2023-001/print/');
    expect(payoutsPath('LS2023-001')).toBe('/projects/LS2023-001/payouts/');
    expect(projectPath('a/b?c')).toBe('/projects/a%2Fb%3Fc/');
  });
  it('puts the latest payout year at /payouts/ and earlier years on pages of their own', () => {
    expect(payoutsYearPath(2024, [2022, 2023, 2024])).toBe('/payouts/');
    expect(payoutsYearPath(2022, [2022, 2023, 2024])).toBe('/payouts/2022/');
    expect(payoutsYearPath(2024, [2022, 2023, 2024], 2)).toBe('/payouts/2/');
    expect(payoutsYearPath(2022, [2022, 2023, 2024], 3)).toBe('/payouts/2022/3/');
  });
  it('links statistics, definitions and downloads', () => {
    expect(statsPath(2023)).toBe('/stats/2023/');
    expect(statsPath(null)).toBe('/stats/');
    expect(methodologyPath('timely')).toBe('/stats/methodology/#timely');
    expect(dataPath('charts/2023/by-sector.csv')).toBe('/data/charts/2023/by-sector.csv');
    expect(absoluteUrl(projectPath('P-1'), 'https://ygdz.example.cn')).toBe('https://ygdz.example.cn/projects/P-1/');
  });
  it('keeps print and payout-list pages out of the sitemap, and the notices in', () => {
    expect(isUnlisted('https://ygdz.example.cn/projects/P-1/print/')).toBe(true);
    expect(isUnlisted('https://ygdz.example.cn/projects/P-1/payouts/')).toBe(true);
    expect(isUnlisted('https://ygdz.example.cn/projects/P-1/')).toBe(false);
    expect(isUnlisted('https://ygdz.example.cn/payouts/')).toBe(false);
  });
  it('marks the deepest navigation entry a page is under', () => {
    expect(currentSection('/')).toBe('/');
    expect(currentSection('/projects/P-1/')).toBe('/projects/');
    expect(currentSection('/about/data/')).toBe('/about/');
    expect(currentSection('/search/')).toBeUndefined();
  });
});
