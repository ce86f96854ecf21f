/**
 * 招工信息 (jobs.csv) end to end on tests/fixtures/jobs (facts in its README.md), built with SITE_TODAY=2024-05-20:
 * /jobs/ lists open openings first and marks closed ones, each notice with openings has a 正在招工 section, the
 * feed lists openings newest 报名开始日期 first, the download carries every opening, and the validation names
 * file:line:column for 截止 before 开始 and an unknown project.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, fixture, runScript, tempDir } from '../helpers/site.ts';

let site: string;
beforeAll(() => {
  site = buildFixture('jobs', { SITE_TODAY: '2024-05-20' });
}, 240_000);

const read = (path: string) => readFileSync(join(site, path), 'utf8');
const jobIds = (html: string) => [...html.matchAll(/data-job="([^"]+)"/g)].map((m) => m[1]);
/** The state badge of each listed opening, in page order. */
const states = (html: string) => [...html.matchAll(/data-job-state[^>]*>\s*([^<\s]+)/g)].map((m) => m[1]);

describe('/jobs/', () => {
  it('lists open openings first (closing soonest first), then upcoming, then closed (latest first)', () => {
    const html = read('jobs/index.html');
    expect(jobIds(html)).toEqual(['JB2024-002_1', 'JB2024-001_2', 'JB2024-002_2', 'JB2024-001_1', 'JB2024-002_3']);
    expect(states(html)).toEqual(['正在报名', '正在报名', '尚未开始报名', '报名已截止', '报名已截止']);
    expect(html).toMatch(/共 5 个岗位，其中 <span data-jobs-open-count>2<\/span> 个正在报名/);
    expect(html).toContain('报名状态按2024年5月20日计算');
  });
  it('carries the dates the browser re-evaluates, and the post, wage and office phone', () => {
    const html = read('jobs/index.html');
    expect(html).toMatch(
      /data-job="JB2024-002_2" data-project="JB2024-002" data-start="2024-06-01" data-end="2024-06-10"/,
    );
    expect(html).toContain('260 元/天');
    expect(html).toContain('href="tel:0123-4567811"');
    // Every cell of the stacked table is labelled for phones.
    const cells = html.slice(html.indexOf('<tbody')).match(/<td[^>]*>/g)!;
    expect(cells.filter((c) => !c.includes('data-label')).length).toBe(5); // the post cell heads each card
  });
});

describe('the 正在招工 section of a notice', () => {
  it("lists the project's own openings, open first", () => {
    const html = read('projects/JB2024-001/index.html');
    expect(html).toContain('<h2 id="jobs">正在招工</h2>');
    expect(jobIds(html)).toEqual(['JB2024-001_2', 'JB2024-001_1']);
    expect(html).toMatch(/<p data-jobs-none hidden/);
  });
  it('is left out for a project without openings', () => {
    expect(read('projects/JB2024-003/index.html')).not.toContain('正在招工');
  });
});

describe('the feed of openings', () => {
  it('lists every opening, newest 报名开始日期 first, each with its own link', () => {
    const xml = read('jobs/rss.xml');
    const links = [...xml.matchAll(/<link>([^<]+#job-[^<]+)<\/link>/g)].map((m) => m[1].split('#job-')[1]);
    expect(links).toEqual(['JB2024-002_2', 'JB2024-002_1', 'JB2024-001_2', 'JB2024-001_1', 'JB2024-002_3']);
    expect(xml).toContain('<title>招工：电焊工 2 人（柳林村河道修复工程）</title>');
    expect(xml).toContain('https://ygdz.example.cn/projects/JB2024-002/#job-JB2024-002_2</link>');
  });
});

describe('the download', () => {
  it('publishes every opening with its dates in ISO form and wages in 元', () => {
    const csv = read('data/jobs.csv');
    expect(csv.trim().split('\r\n')).toHaveLength(6);
    expect(csv).toContain('JB2024-002,电焊工,2,300.00,持焊工证,2024-06-01,2024-06-10,');
    expect(csv.split('\r\n')[0]).toContain('需求人数(人),日工资标准(元)');
  });
});

describe('validating jobs.csv', () => {
  function validate(rows: string[]) {
    const dir = join(tempDir('jobs-bad-'), 'data');
    cpSync(fixture('jobs'), dir, { recursive: true });
    const header = readFileSync(join(dir, 'jobs.csv'), 'utf8').split('\n')[0];
    writeFileSync(join(dir, 'jobs.csv'), [header, ...rows].join('\n') + '\n');
    return runScript('validate.ts', [dir]);
  }
  it('refuses 截止 before 开始 and an unknown project, at file:line:column', () => {
    const r = validate([
      'JB2024-001,普工,10,130,,2024-05-10,2024-05-01,到村委会报名,,0123-4567811',
      'XX2024-009,普工,10,130,,2024-05-01,2024-05-10,到村委会报名,,0123-4567811',
      'JB2024-001,普工,0,130,,2024-05-01,2024-05-10,到村委会报名,,0123-4567811',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('jobs.csv:2:报名截止日期: 报名截止日期 2024-05-01 早于报名开始日期 2024-05-10');
    expect(r.stdout).toMatch(/jobs\.csv:3:项目编号: .*XX2024-009/);
    expect(r.stdout).toContain('jobs.csv:4:需求人数: 需求人数必须大于 0');
  });
  it('publishes a mobile number only with a warning', () => {
    const r = runScript('validate.ts', [fixture('jobs')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('jobs.csv:4:联系电话: 警告：13905351234 是手机号，网站会公开它');
  });
});
