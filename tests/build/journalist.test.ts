/**
 * What a journalist relies on, checked on the built files of tests/fixtures/villages (README.md there lists the
 * facts): the data dictionary at /about/data/ names each download's columns exactly as the files have them, the
 * 人员类别 totals cannot be double-counted by summing them as documented, and "<5" means one thing everywhere.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, listFiles, page, textOf } from '../helpers/site.ts';

/** The fixture's roster: 18 people placed on projects (7 in 2023, 11 in 2024), 7 of them in two categories. */
const PEOPLE = 18;
const PEOPLE_BY_YEAR = { 2023: 7, 2024: 11 };
/** The definition every page and download must give for "<5" (written out here, not imported). */
const LT5 = '“<5”表示 0–4 人';

let site: string;
let data: string;
beforeAll(() => {
  site = buildFixture('villages', { SITE_TODAY: '2024-06-30' });
  data = join(site, 'data');
});

/** RFC 4180 rows of a CSV download (BOM removed). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted && c === '"' && s[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      rows.push([...row, cell.replace(/\r$/, '')]);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

interface Entry {
  files: string[];
  columns: string[];
  text: string;
}

/** Each entry of the dictionary page: the files it describes and the column names it lists, in order. */
function dictionaryEntries(): Entry[] {
  const html = page('about/data/index.html', site);
  return [...html.matchAll(/<section class="entry"[^>]*data-files="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g)].map(
    ([, files, body]) => ({
      files: files.split(' '),
      columns: [...body.matchAll(/<td[^>]*data-column[^>]*>([\s\S]*?)<\/td>/g)].map((m) => textOf(m[1]).trim()),
      text: textOf(body),
    }),
  );
}

const downloads = () =>
  listFiles(data)
    .filter((f) => /\.(csv|json)$/.test(f))
    .map((f) => relative(data, f));

describe('the data dictionary describes the files as they are', () => {
  it('has an entry for every CSV and JSON download', () => {
    const described = new Set(dictionaryEntries().flatMap((e) => e.files));
    expect(downloads().length).toBeGreaterThan(10);
    expect(downloads().filter((f) => !described.has(f))).toEqual([]);
  });

  it("every download's header row equals its entry's column list", () => {
    let checked = 0;
    for (const e of dictionaryEntries()) {
      expect(e.columns.length, e.files[0]).toBeGreaterThan(0);
      for (const f of e.files) {
        const body = readFileSync(join(data, f), 'utf8');
        if (f.endsWith('.csv')) {
          expect(csvRows(body)[0], f).toEqual(e.columns);
          checked++;
        } else {
          for (const record of JSON.parse(body) as Record<string, unknown>[])
            expect(Object.keys(record), f).toEqual(e.columns);
        }
      }
    }
    expect(checked).toBe(downloads().filter((f) => f.endsWith('.csv')).length);
  });

  it('money columns are in 元, as the files write them', () => {
    const projects = dictionaryEntries().find((e) => e.files.includes('projects.csv'))!;
    expect(projects.columns).toContain('预计劳务报酬(元)');
    expect(projects.text).not.toMatch(/\(分\)|单位： ?分/);
    const [header, ...rows] = csvRows(readFileSync(join(data, 'projects.csv'), 'utf8'));
    const pay = header.indexOf('预计劳务报酬(元)');
    // VG2023-001 plans 6.5 万元.
    expect(rows.find((r) => r[0] === 'VG2023-001')![pay]).toBe('65000.00');
  });
});

describe('the 人员类别 totals cannot be double-counted', () => {
  const table = () => {
    const [header, ...rows] = csvRows(readFileSync(join(data, 'category-totals.csv'), 'utf8'));
    return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  };

  it('the dictionary and the README say which rows may be added', () => {
    const entry = dictionaryEntries().find((e) => e.files.includes('category-totals.csv'))!;
    expect(entry.columns).toContain('可相加');
    expect(entry.text).toContain('只有“可相加”为“是”的行');
    expect(readFileSync(join(data, 'README.txt'), 'utf8')).toContain('只有“可相加”为“是”的行');
  });

  it('summing the rows as documented gives the people placed, never more', () => {
    const addable = table().filter((r) => r['可相加'] === '是');
    const sum = addable.reduce((a, r) => a + Number(r['务工人数(人)']), 0);
    expect(sum).toBeLessThanOrEqual(PEOPLE);
    expect(sum).toBe(PEOPLE);
    expect(Object.fromEntries(addable.map((r) => [r['年度'], Number(r['务工人数(人)'])]))).toEqual(PEOPLE_BY_YEAR);
  });

  it('every row that may not be added says so (the category rows overlap: summing them overcounts)', () => {
    for (const r of table().filter((r) => r['可相加'] !== '是')) expect(r['可相加']).toMatch(/^否：/);
    // Without the column a reader would add everything published as a number: more than the people there are.
    const naive = table()
      .filter((r) => /^\d+$/.test(r['务工人数(人)']))
      .reduce((a, r) => a + Number(r['务工人数(人)']), 0);
    expect(naive).toBeGreaterThan(PEOPLE);
  });
});

describe('"<5" means the same everywhere', () => {
  const conflicting = /“<5”\s*(表示|是指|指|即|代表)(?!\s*0–4 人)/;

  it('every page that shows "<5" defines it as 0–4 people, and none defines it otherwise', () => {
    const pages = listFiles(site).filter((f) => f.endsWith('.html'));
    const withMark = pages.filter((f) => textOf(readFileSync(f, 'utf8')).includes('<5'));
    // The notices of the fixture's projects and the statistics show suppressed counts.
    expect(withMark.length).toBeGreaterThan(3);
    for (const f of withMark) {
      const text = textOf(readFileSync(f, 'utf8'));
      expect(text, relative(site, f)).toContain(LT5);
      expect(text, relative(site, f)).not.toMatch(conflicting);
    }
    for (const f of ['about/data/index.html', 'stats/methodology/index.html'])
      expect(textOf(page(f, site)), f).toContain(LT5);
  });

  it('every download with a "<5" is defined in its dictionary entry and in the README', () => {
    const readme = readFileSync(join(data, 'README.txt'), 'utf8');
    expect(readme).toContain(LT5);
    expect(readme).not.toMatch(conflicting);
    const entries = dictionaryEntries();
    const withMark = downloads().filter((f) =>
      f.endsWith('.csv')
        ? csvRows(readFileSync(join(data, f), 'utf8')).some((r) => r.includes('<5'))
        : (JSON.parse(readFileSync(join(data, f), 'utf8')) as Record<string, unknown>[]).some((r) =>
            Object.values(r).includes('<5'),
          ),
    );
    expect(withMark).toContain('category-totals.csv');
    expect(withMark).toContain('projects.json');
    for (const f of withMark) {
      const entry = entries.find((e) => e.files.includes(f));
      expect(entry?.text, f).toContain(LT5);
      expect(entry?.text, f).not.toMatch(conflicting);
    }
  });
});
