/**
 * The publication log (/changes/, its feed, changes/log.json) built from a data folder's git history, and
 * npm run verify-log. A git repository of our own in a temporary folder holding a copy of
 * tests/fixtures/district-b, with three hand-made commits.
 */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainProblems } from '../../src/lib/changes/chain.ts';
import type { ChangeEntry } from '../../src/schemas/changeEntry.ts';
import { editIn, gitIn } from '../helpers/git.ts';
import { fixture, runScript, tempDir, textOf } from '../helpers/site.ts';

let repo: string;
let data: string;
let site: string;
let firstBuild: string;

const git = gitIn(() => repo, '2024-11-01T10:00:00+08:00');
const edit = editIn(() => data);

let versionCache = '';
function build(): { out: string; log: string } {
  const out = join(tempDir('site-'), 'site');
  versionCache ||= tempDir('version-cache-');
  const r = runScript('build.ts', [], {
    DATA_DIR: data,
    OUT_DIR: out,
    SITE_TODAY: '2024-11-02',
    YGDZ_VERSION_CACHE: versionCache,
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return { out, log: r.stdout };
}
const entries = (out: string): ChangeEntry[] => JSON.parse(readFileSync(join(out, 'changes', 'log.json'), 'utf8'));

beforeAll(() => {
  repo = tempDir('repo-');
  data = join(repo, 'data');
  cpSync(fixture('district-b'), data, { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'first publication');
  // 2: a published notice corrected (with its reason) and one more month of pay.
  edit('projects.csv', (t) => t.replace('硬化产业路约 2.4 公里', '硬化产业路约 2.6 公里'));
  writeFileSync(
    join(data, 'corrections.csv'),
    '项目编号,更正日期,更正原因\nSL2024-001,2024-10-30,复测后路线长度更正为 2.6 公里\n',
  );
  edit('payouts.csv', (t) => `${t.trimEnd()}\nSL2024-001,SW02,2024-04,10,150,1500,1500,2024-05-10,银行代发\n`);
  git('add', '.');
  git('commit', '-qm', 'correction and April pay');
  // 3: a private change only (a phone number in the roster).
  edit('workers.csv', (t) => t.replace('13908160105', '13908160199'));
  git('commit', '-qam', 'roster phone');
  const b = build();
  site = b.out;
  firstBuild = b.log;
}, 120_000);

describe('the publication log', () => {
  it('has one entry per commit, in plain Chinese, newest first on /changes/', () => {
    const text = textOf(readFileSync(join(site, 'changes', 'index.html'), 'utf8'));
    const third = text.indexOf('第 3 次更新');
    const second = text.indexOf('第 2 次更新');
    const first = text.indexOf('第 1 次更新');
    expect(third).toBeGreaterThan(0);
    expect(third).toBeLessThan(second);
    expect(second).toBeLessThan(first);
    expect(text).toContain('新增项目 4 个');
    expect(text).toContain('修改项目 1 个：SL2024-001 杉树坪村产业路硬化工程（建设内容）');
    expect(text).toContain(
      '劳务报酬：1 个项目月有变化，实发合计 +1,500.00 元、+1 笔（SL2024-001 2024年4月 +1,500.00 元）',
    );
    expect(text.slice(third, second)).toContain('公开数据没有变化');
    expect(text).toContain('2024年11月1日');
  });

  it('chains the entries, and the latest entry holds the SHA-256 of every download the site publishes', () => {
    const log = entries(site);
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(chainProblems(log)).toEqual([]);
    const latest = log[2];
    const files = Object.keys(latest.downloads);
    expect(files).toContain('projects.csv');
    expect(files).toContain('payout-months.json');
    for (const f of files)
      expect(
        createHash('sha256')
          .update(readFileSync(join(site, 'data', f)))
          .digest('hex'),
        f,
      ).toBe(latest.downloads[f]);
    // The private change leaves every download as it was.
    expect(log[2].downloads).toEqual(log[1].downloads);
    expect(log[1].downloads['projects.csv']).not.toBe(log[0].downloads['projects.csv']);
  });

  it('has a feed with one item per entry', () => {
    const rss = readFileSync(join(site, 'changes', 'rss.xml'), 'utf8');
    expect(rss.match(/<item>/g)).toHaveLength(3);
  });

  it('names no worker, phone or 身份证号', () => {
    const roster = readFileSync(join(data, 'workers.csv'), 'utf8');
    const texts = [
      readFileSync(join(site, 'changes', 'log.json'), 'utf8'),
      readFileSync(join(site, 'changes', 'index.html'), 'utf8'),
    ];
    for (const secret of roster.match(/\d{17}[\dX]|1\d{10}|罗建国|蒲春兰|苟德全|蹇玉梅|冉志强/g)!)
      for (const t of texts) expect(t).not.toContain(secret);
  });

  it('is read from the cache on the next build, byte for byte the same', () => {
    expect(firstBuild).toMatch(/更新记录：3 条/);
    const again = build();
    expect(again.log).toContain('更新记录：3 条（其中 0 个版本本次重新读取');
    expect(again.log).toContain('公示版本页：5 个（新生成 0 个');
    expect(readFileSync(join(again.out, 'changes', 'log.json'), 'utf8')).toBe(
      readFileSync(join(site, 'changes', 'log.json'), 'utf8'),
    );
  }, 240_000);
});

describe('a notice’s history and versions', () => {
  const notice = () => readFileSync(join(site, 'projects', 'SL2024-001', 'index.html'), 'utf8');
  const fingerprint = () => /本公示的版本号是 <code>([0-9a-f]{10})<\/code>/.exec(notice())![1];
  const versionPage = (fp: string) =>
    textOf(readFileSync(join(site, 'projects', 'SL2024-001', 'v', fp, 'index.html'), 'utf8'));

  it('shows 最后更新 and each change with its old and new value and its reason, newest first', () => {
    const text = textOf(notice());
    expect(text).toContain('最后更新：2024年11月1日');
    const table = text.slice(text.indexOf('本项目公示的更新记录'));
    const change = table.indexOf('建设内容：硬化产业路约 2.4 公里');
    expect(change).toBeGreaterThan(0);
    expect(table.slice(change)).toMatch(/→ 硬化产业路约 2\.6 公里[\s\S]*复测后路线长度更正为 2\.6 公里/);
    expect(table.indexOf('首次公布')).toBeGreaterThan(change);
    // A project never changed has only its first publication.
    const other = textOf(readFileSync(join(site, 'projects', 'SL2024-002', 'index.html'), 'utf8'));
    const otherTable = other.slice(other.indexOf('本项目公示的更新记录'), other.indexOf('监督与投诉'));
    expect(otherTable).toContain('首次公布');
    expect(otherTable).not.toContain('→');
  });

  it('prints the fingerprint on the paper notice, and its page says the version is current', () => {
    const fp = fingerprint();
    expect(textOf(readFileSync(join(site, 'projects', 'SL2024-001', 'print', 'index.html'), 'utf8'))).toContain(
      `版本号 ${fp}`,
    );
    const page = versionPage(fp);
    expect(page).toContain('这是本项目公示的最新版本');
    expect(page).toContain('硬化产业路约 2.6 公里');
  });

  it('keeps the earlier version online, saying what changed since and why, with a link to the current notice', () => {
    const fps = readdirSync(join(site, 'projects', 'SL2024-001', 'v'));
    expect(fps).toHaveLength(2);
    const old = fps.find((f) => f !== fingerprint())!;
    const page = versionPage(old);
    expect(page).toContain('这一版已于2024年11月1日更新，不是最新版本');
    expect(page).toContain('硬化产业路约 2.4 公里');
    expect(page).toMatch(/建设内容：硬化产业路约 2\.4 公里[\s\S]*→[\s\S]*更正原因：复测后路线长度更正为 2\.6 公里/);
    const html = readFileSync(join(site, 'projects', 'SL2024-001', 'v', old, 'index.html'), 'utf8');
    expect(html).toContain('href="/projects/SL2024-001/"');
    // A project never changed has only its current version.
    expect(readdirSync(join(site, 'projects', 'SL2024-002', 'v'))).toHaveLength(1);
  });

  it('renders a version page once: the next build copies it', () => {
    expect(firstBuild).toMatch(/公示版本页：5 个（新生成 5 个/);
  });
});

describe('npm run verify-log', () => {
  it('passes a site built from this history', () => {
    const r = runScript('verify-log.ts', [site, data]);
    expect(r.stdout + r.stderr).toContain('核对通过：3 条更新记录');
    expect(r.status).toBe(0);
  });

  it('fails a log edited after publication, naming the entry', () => {
    const copy = tempDir('edited-');
    cpSync(realpathSync(site), copy, { recursive: true });
    const log = entries(copy);
    log[1].projects.changed.items[0].fields = [];
    writeFileSync(join(copy, 'changes', 'log.json'), JSON.stringify(log));
    const r = runScript('verify-log.ts', [copy, data]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('第 2 条记录的内容与它的散列不符');
  });

  it('fails when git history was rewritten after the site was published', () => {
    git('reset', '-q', '--hard', 'HEAD~2');
    edit('projects.csv', (t) => t.replace('硬化产业路约 2.4 公里', '硬化产业路约 2.5 公里'));
    writeFileSync(
      join(data, 'corrections.csv'),
      '项目编号,更正日期,更正原因\nSL2024-001,2024-10-30,复测后路线长度更正\n',
    );
    git('add', '.');
    git('commit', '-qm', 'a different second version');
    const r = runScript('verify-log.ts', [site, data]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/第 2 条记录的提交与 git 历史不符.*历史被改写过/);
  });
});
