/**
 * The /labour/ page and its download, built from the hand-written fixture tests/fixtures/labour (README.md lists the
 * counts): what the page states without JavaScript, in which order, and that no person of the roster reaches the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, fixture, listFiles, page, textOf } from '../helpers/site.ts';

let site: string;
beforeAll(() => {
  site = buildFixture('labour', { SITE_TODAY: '2024-07-20' });
}, 180_000);

/** The row headers of one table (by its caption), in order. */
function rowNames(html: string, caption: string): string[] {
  const table = html.split(new RegExp(`<caption[^>]*>${caption}</caption>`))[1]?.split('</table>')[0] ?? '';
  return [...table.matchAll(/<th[^>]*scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1]).trim());
}

describe('/labour/', () => {
  it('states the district figures and the share of the willing who were placed', () => {
    const text = textOf(page('labour/index.html', site));
    expect(text).toContain('摸底人数 40 人');
    expect(text).toContain('有务工意愿 30 人');
    expect(text).toContain('已安排到项目 17 人');
    expect(text).toContain('有意愿者安排比例 56.7%');
    expect(text).toContain('年龄按 2024 年减出生年份计算');
  });

  it('lists each 街道 with its villages, the age bands in order and the sexes, 未注明 last', () => {
    const html = page('labour/index.html', site);
    expect(rowNames(html, '按街道和村（社区）')).toEqual([
      '东城街道',
      '柳湾村',
      '石桥村',
      '南山街道',
      '后岭村',
      '西山镇',
      '南岭村',
    ]);
    expect(rowNames(html, '按年龄段')).toEqual(['30 岁以下', '30–44 岁', '45–59 岁', '60 岁及以上', '未注明']);
    expect(rowNames(html, '按性别')).toEqual(['男', '女', '未注明']);
  });

  it('labels every count cell for phones and gives no share where it is not computed', () => {
    const html = page('labour/index.html', site);
    const cells = [...html.matchAll(/<td[^>]*>/g)].map((m) => m[0]);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => /data-label="[^"]+"/.test(c))).toBe(true);
    const nanling = textOf(html.split('>南岭村<')[1].split('</tr>')[0]);
    expect(nanling).toContain('不计算');
    expect(nanling.replace(/<5/g, '')).not.toMatch(/\d/);
  });

  it('publishes labour.csv in table order, the district first', () => {
    const csv = readFileSync(join(site, 'data', 'labour.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    expect(csv[0]).toBe(
      '分组方式,街道,村(社区),年龄段或性别,摸底人数(人),有务工意愿人数(人),已安排人数(人),有意愿未安排人数(人),无务工意愿人数(人),有意愿者安排比例(%)',
    );
    expect(csv[1]).toBe('全区,,,,40,30,17,13,10,56.7');
    expect(csv.filter((l) => l.startsWith('街道,')).map((l) => l.split(',')[1])).toEqual([
      '东城街道',
      '南山街道',
      '西山镇',
    ]);
  });

  it('no name, ID number or token of the roster reaches any file of the site', () => {
    const roster = readFileSync(join(fixture('labour'), 'workers.csv'), 'utf8')
      .split(/\r?\n/)
      .slice(1);
    const secrets = roster.filter(Boolean).flatMap((l) => l.split(',').slice(1, 3));
    expect(secrets.length).toBe(80);
    for (const f of listFiles(site).filter((f) => /\.(html|csv|json|xml|txt)$/.test(f))) {
      const body = readFileSync(f, 'utf8');
      for (const s of secrets) expect(body.includes(s), `${s} in ${f}`).toBe(false);
    }
  });
});
