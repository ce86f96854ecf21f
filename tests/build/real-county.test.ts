/**
 * A county whose ledgers are written the way real notices write them (tests/fixtures/district-c, a made-up
 * 四川省岷江市雾溪县; the facts and why each row exists are in its README.md): funds in prose with amounts, the
 * pay-share rule of each fund (site.json 25% for 衔接资金, the national 30%, a project's own 42%), floors and
 * approximations kept as written, 公示未开始 vs 未公示, two phone numbers in one cell, and a batch of projects
 * named after next year. Built once, copied outside the repository as a county's own folder would be.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WORDS, siteTexts as texts } from '../helpers/demoWords.ts';
import { fixture, page, runScript, tempDir, textOf } from '../helpers/site.ts';

/** One build (about 5 s alone, longer while other test files build too) and one validation. */
const BUILD = 120_000;
const TODAY = '2025-09-25';

let site = '';
let validation: {
  ok: boolean;
  errors: number;
  problems: { severity: string; file: string; column: string; message: string }[];
};

beforeAll(() => {
  const data = join(tempDir('district-c-'), 'data');
  cpSync(fixture('district-c'), data, { recursive: true });
  site = join(tempDir('district-c-site-'), 'site');
  const r = runScript('build.ts', [], { DATA_DIR: data, OUT_DIR: site, SITE_TODAY: TODAY });
  if (r.status !== 0) throw new Error(`build of district-c failed:\n${r.stdout}\n${r.stderr}`);
  const v = runScript('validate.ts', [data, '--json'], { SITE_TODAY: TODAY });
  if (v.status !== 0) throw new Error(`validation of district-c failed:\n${v.stdout}\n${v.stderr}`);
  validation = JSON.parse(v.stdout);
}, BUILD);

const html = (id: string) => page(`projects/${id}/index.html`, site);
const notice = (id: string) => textOf(html(id));
const print = (id: string) => textOf(page(`projects/${id}/print/index.html`, site));

/** The 基本情况 list of a notice: label → value as shown. */
function facts(id: string): Map<string, string> {
  const dl = /<dl class="facts">([\s\S]*?)<\/dl>/.exec(html(id))![1];
  return new Map(
    [...dl.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)].map((m) => [
      textOf(m[1]).trim(),
      textOf(m[2]).trim(),
    ]),
  );
}

/** The 劳务报酬占比 paragraph of a notice (undefined without one) and its verdict class. */
function payRule(id: string): { text: string; cls: string } | undefined {
  const m = /<p class="pay-rule ?([^"]*)">([\s\S]*?)<\/p>/.exec(html(id));
  return m ? { cls: m[1], text: textOf(m[2]).trim() } : undefined;
}

/** A fragment's text with its tags removed (not replaced by spaces, as textOf does), spaces kept as written. */
const inline = (h: string) => h.replace(/<[^>]+>/g, '').trim();

/** The items of the 监督与投诉 list, as text. */
function complaints(id: string): string[] {
  const ul = /<h2>监督与投诉<\/h2>\s*<ul>([\s\S]*?)<\/ul>/.exec(html(id))![1];
  return [...ul.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => inline(m[1]));
}

/** The page links to a project's notice. */
const linksTo = (h: string, id: string) => h.includes(`/projects/${id}/`);

type Row = Record<string, string>;
function projectsCsv(): Map<string, Row> {
  const text = readFileSync(join(site, 'data', 'projects.csv'), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<Row>(text.slice(1), { header: true, skipEmptyLines: true }).data;
  return new Map(rows.map((r) => [r['项目编号'], r]));
}

describe('validation of a county written as notices write it', () => {
  it('passes with 0 errors; its warnings name the fund taken from 项目类型 and the synonym 监测户', () => {
    expect(validation.ok).toBe(true);
    expect(validation.errors).toBe(0);
    // The copy is outside git, so the corrections check says it could not compare (one warning of its own).
    const warnings = validation.problems.filter((p) => p.severity === 'warning' && p.file !== 'corrections.csv');
    expect(validation.problems.filter((p) => p.file === 'corrections.csv')).toHaveLength(1);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        file: 'projects.csv',
        column: '项目类型',
        message: expect.stringContaining(
          '项目类型“中央财政以工代赈项目”按“中央财政衔接推进乡村振兴补助资金（以工代赈任务）”认定资金类型',
        ),
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ file: 'workers.csv', column: '人员类别', message: '“监测户”按“防止返贫监测对象”统计' }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ file: 'workers.csv', column: '人员类别', message: '“一般农户”按“农村劳动力”统计' }),
    );
    // The district's own group (site.json vocabularies) is neither an error nor a warning.
    expect(validation.problems.filter((p) => p.message.includes('因灾需救助人口'))).toEqual([]);
    expect(warnings).toHaveLength(6);
  });
});

describe('the labour-pay share rule of each fund', () => {
  it('衔接资金: 25% from site.json with its source, met at 26.80%, and no 30% anywhere on the notice', () => {
    const rule = payRule('WX2025-001')!;
    expect(rule.cls).toBe('met');
    expect(rule.text).toContain('占中央财政衔接推进乡村振兴补助资金（以工代赈任务）');
    expect(rule.text).toContain('26.80%');
    expect(rule.text).toContain('不低于 25%');
    expect(rule.text).toContain('岷江市财政局 2025 年衔接资金（以工代赈任务）分配通知（示例）');
    expect(rule.text).toContain('达到要求');
    expect(rule.text).not.toContain('未达到');
    expect(notice('WX2025-001')).not.toContain('30%');
    expect(print('WX2025-001')).toContain('不低于 25%');
    expect(print('WX2025-001')).not.toContain('30%');
  });

  it('中央预算内投资 at 29.96%: printed with two decimals, 未达到 30%, never rounded to 30.0', () => {
    const rule = payRule('WX2025-002')!;
    expect(rule.cls).toBe('not-met');
    expect(rule.text).toContain('29.96%');
    expect(rule.text).toContain('不低于 30%');
    expect(rule.text).toContain('国办函〔2022〕58号');
    expect(rule.text).toContain('未达到要求');
    expect(notice('WX2025-002')).not.toContain('30.0');
    expect(print('WX2025-002')).not.toContain('30.0');
  });

  it("a project's own requirement (不得低于国家下达资金计划的42%) is met on the floor “不低于157.50万元”", () => {
    const rule = payRule('WX2025-003')!;
    expect(rule.cls).toBe('met');
    expect(rule.text).toContain('不低于157.50万元');
    expect(rule.text).toContain('不低于 42.00%（按预计劳务报酬下限计算）');
    expect(rule.text).toContain('要求：不低于 42%（依据：项目实施方案）');
    expect(rule.text).toContain('达到要求');
  });

  it('local money (县级财政资金) shows no 劳务报酬占比 and no 以工代赈专项资金 line, never “无”', () => {
    expect(payRule('WX2025-004')).toBeUndefined();
    expect(notice('WX2025-004')).not.toContain('劳务报酬占比');
    expect(print('WX2025-004')).not.toContain('劳务报酬占比');
    const f = facts('WX2025-004');
    expect(f.get('资金来源')).toBe('县级财政资金');
    expect(f.has('以工代赈专项资金')).toBe(false);
    expect([...f.values()]).not.toContain('无');
  });

  it('中央财政以工代赈项目 with blank 资金来源: 衔接资金 from the type, 专项资金 未填写, no share computed', () => {
    const f = facts('WX2025-005');
    expect(f.get('以工代赈专项资金')).toBe('未填写');
    expect(f.has('资金来源')).toBe(false);
    const rule = payRule('WX2025-005')!;
    expect(rule.cls).toBe('');
    expect(rule.text).toContain('不低于 25%');
    expect(rule.text).toContain('无法计算占比');
    expect(print('WX2025-005')).toContain('专项资金 未填写');
  });

  it('the download states each rule, share and verdict', () => {
    const rows = projectsCsv();
    const pick = (id: string) => {
      const r = rows.get(id)!;
      return [r['资金类型'], r['资金类型依据'], r['劳务报酬占比要求'], r['劳务报酬占比'], r['是否达到占比要求']];
    };
    expect(pick('WX2025-001')).toEqual([
      '中央财政衔接推进乡村振兴补助资金（以工代赈任务）',
      '资金来源',
      '25%',
      '26.80%',
      '是',
    ]);
    expect(pick('WX2025-002')).toEqual(['以工代赈中央预算内投资', '资金来源', '30%', '29.96%', '否']);
    expect(pick('WX2025-003')).toEqual(['以工代赈中央预算内投资', '资金来源', '42%', '42.00%', '是']);
    expect(pick('WX2025-004')).toEqual(['地方政府投资', '资金来源', '', '', '']);
    expect(pick('WX2025-005')).toEqual(['中央财政衔接推进乡村振兴补助资金（以工代赈任务）', '项目类型', '25%', '', '']);
    expect(rows.get('WX2025-001')!['占比要求依据']).toBe(
      '岷江市财政局 2025 年衔接资金（以工代赈任务）分配通知（示例）',
    );
    expect(rows.get('WX2025-002')!['以工代赈专项资金(元)']).toBe('6407200.00');
    expect(rows.get('WX2025-005')!['以工代赈专项资金(元)']).toBe('');
  });

  it('the project list names each project’s 行业领域 and type', () => {
    const list = textOf(page('projects/index.html', site));
    for (const [id, r] of projectsCsv()) {
      const line = `${r['街道']} · ${r['行业领域'].split('；').join('、')} · ${r['项目类型']}`;
      expect(list, id).toContain(line);
    }
  });
});

describe('numbers and dates as the notice wrote them', () => {
  it('floors and approximations appear as written, on the notice, the board and in the download', () => {
    expect(facts('WX2025-001').get('计划用工')).toBe('90余人');
    expect(facts('WX2025-003').get('计划用工')).toBe('60多人');
    expect(facts('WX2025-003').get('预计劳务报酬')).toBe('不低于157.50万元');
    expect(facts('WX2025-004').get('总投资')).toBe('4000多万元');
    expect(notice('WX2025-001')).toContain('计划用工 90余人，预计发放劳务报酬 53.60 万元');
    expect(print('WX2025-003')).toContain('不低于157.50万元');
    const rows = projectsCsv();
    expect(rows.get('WX2025-001')!['计划用工人数原文']).toBe('90余人');
    expect(rows.get('WX2025-003')!['预计劳务报酬原文']).toBe('不低于157.50万元');
    expect(rows.get('WX2025-004')!['总投资原文']).toBe('4000多万元');
  });

  it('month-only and approximate plan dates, 建设工期 as a length and as a range', () => {
    expect(facts('WX2025-002').get('计划工期')).toBe('2025年12月 至 2026年11月');
    expect(facts('WX2025-002').get('建设工期')).toBe('2025年12月-2026年11月');
    expect(facts('WX2025-005').get('计划工期')).toBe('2025年3月 至 2025年9月上旬');
    expect(facts('WX2025-001').get('计划工期')).toContain('年底');
    expect(facts('WX2025-003').get('建设工期')).toBe('11个月');
    expect(projectsCsv().get('WX2025-001')!['计划完工日期']).toBe('2025-12-31');
  });

  it('以工代赈环节 split at 、 and at line breaks', () => {
    const ol = /<h2>以工代赈环节<\/h2>[\s\S]*?<ol>([\s\S]*?)<\/ol>/.exec(html('WX2025-001'))![1];
    expect([...ol.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1])).toEqual([
      '路基开挖',
      '边沟砌筑',
      '路面混凝土浇筑',
      '材料转运',
      '场地清理',
    ]);
  });

  it('the other facts of a notice: 项目代码, 批复文号, 建设性质, 实施方式, 计划培训, 公益性岗位, 重点群体', () => {
    const f = facts('WX2025-001');
    expect(f.get('项目代码')).toBe('2504-511999-04-01-417263');
    expect(f.get('批复文号')).toBe('雾发改投资〔2025〕18号');
    expect(f.get('建设性质')).toBe('新建');
    expect(f.get('实施方式')).toBe('招标');
    expect(f.get('计划培训')).toBe('30 人');
    expect(f.get('公益性岗位')).toBe('2 个');
    expect(f.get('计划吸纳重点群体')).toBe('脱贫人口、防止返贫监测对象30人');
    expect(f.get('资金构成')).toBe('中央 200.00 万元');
    expect(facts('WX2025-002').get('建设性质')).toBe('新建、改建');
    expect(facts('WX2025-002').get('资金构成')).toBe('中央 640.72 万元、市县 34.00 万元');
  });

  it('村民自建 stands in for the blank 施工单位', () => {
    const f = facts('WX2025-003');
    expect(f.get('实施方式')).toBe('村民自建');
    expect(f.get('施工单位')).toBe('村民自建，不设施工单位');
    expect(print('WX2025-003')).toContain('村民自建，不设施工单位');
  });
});

describe('公示 and complaints', () => {
  it('公示期 from one cell; 公示中, 公示未开始 and 未公示 on the right projects', () => {
    const state = (id: string) => /<span class="badge ([a-z]+)"[^>]*>([^<]*)<\/span>/.exec(html(id))!.slice(1);
    expect(notice('WX2025-003')).toContain('公示期：2025年9月19日 至 2025年9月28日');
    expect(state('WX2025-003')).toEqual(['open', '公示中']);
    expect(state('WX2025-001')).toEqual(['closed', '公示已结束']);
    expect(state('WX2025-002')).toEqual(['upcoming', '公示未开始']);
    expect(state('WX2026-001')).toEqual(['none', '未公示']);
    expect(notice('WX2026-001')).toContain('公示期：未定');
    expect(notice('WX2025-004')).toContain('公示期：2025年6月1日 至 2025年6月10日'); // noticeDays 10
  });

  it('two numbers in one cell, one of them the site hotline and one the national line: each listed once', () => {
    const lines = complaints('WX2025-001');
    // Each number under its most telling label: the district's and the national line keep theirs.
    expect(lines).toEqual([
      '矛盾协调联系人：龚维章，电话 0838-5512346',
      '雾溪县以工代赈工作监督电话：0838-5512345',
      '全国乡村振兴监督举报电话：12317',
    ]);
    const all = lines.join('\n');
    expect(all.split('0838-5512345')).toHaveLength(2);
    expect(all.split('12317')).toHaveLength(2);
    expect(complaints('WX2025-005')).toEqual([
      '项目监督电话：0838-5512349',
      '雾溪县以工代赈工作监督电话：0838-5512345',
      '全国乡村振兴监督举报电话：12317',
    ]);
  });

  it('the 落款: the project’s publisher and date, else the site’s publisher', () => {
    const signature = (h: string) => inline(/<p class="signature"[^>]*>([\s\S]*?)<\/p>/.exec(h)![1]);
    const sig = (id: string) => signature(html(id));
    // On paper the 落款 is two lines, office above date.
    const printed = (id: string) =>
      [
        .../<div class="signature"[^>]*>([\s\S]*?)<\/div>/
          .exec(page(`projects/${id}/print/index.html`, site))![1]
          .matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g),
      ].map((m) => inline(m[1]));
    expect(sig('WX2025-001')).toBe('雾溪县云台镇人民政府　2025年4月21日');
    expect(sig('WX2025-003')).toBe('雾溪县枫林镇人民政府　2025年9月19日');
    // No 落款 date in the ledger: the notice is dated on the first day of its 公示, online and on paper alike.
    expect(sig('WX2025-004')).toBe('雾溪县发展和改革局　2025年6月1日');
    expect(printed('WX2025-001')).toEqual(['雾溪县云台镇人民政府', '2025年4月21日']);
    expect(printed('WX2025-004')).toEqual(['雾溪县发展和改革局', '2025年6月1日']);
  });
});

describe('the home page, the groups of workers and the whole site', () => {
  it('the headline stays on 2025 while a 2026年提前批 project exists with nothing done yet', () => {
    const home = page('index.html', site);
    expect(/<h2 id="latest">([^<]*)<\/h2>/.exec(home)![1]).toBe('2025年主要数据');
    expect(linksTo(home, 'WX2026-001')).toBe(false);
    expect(textOf(home)).toContain('以工代赈项目 5 个');
    expect(textOf(home)).toContain('吸纳务工 36 人');
    expect(notice('WX2026-001')).toContain('2026 年');
  });

  // With the headline on 2025 and a 2026 project, the other years are 2026 and none earlier: 2025 is shown once.
  it('every year has one payouts page: the latest at /payouts/, the others at /payouts/<年度>/', () => {
    const heading = (path: string) => /<h2>(\d{4})年<\/h2>/.exec(page(path, site))?.[1];
    expect(heading('payouts/index.html')).toBe('2026');
    expect(heading('payouts/2025/index.html')).toBe('2025');
  });

  it('往年数据 does not repeat the headline year', () => {
    const home = page('index.html', site);
    expect(home.split('aria-label="2025年主要数据"')).toHaveLength(2);
  });

  it('several groups per person, synonyms and the district’s own group are counted; the overlap is explained', () => {
    const overlap =
      '一人可以同时属于多个人员类别（如“脱贫人口、返乡农民工”），各类别人数分别统计，相加可能大于务工人数。';
    const n = notice('WX2025-001');
    expect(n).toContain('务工人员构成');
    expect(n).toContain('因灾需救助人口');
    expect(n).toContain(overlap);
    expect(n).not.toContain('监测户');
    expect(n).not.toContain('一般农户');
    expect(readFileSync(join(site, 'data', 'README.txt'), 'utf8')).toContain(overlap);
    const row = projectsCsv().get('WX2025-001')!;
    expect(row['吸纳务工人数(人)']).toBe('16');
    expect(row).toHaveProperty(['务工人数：因灾需救助人口(人)']);
  });

  it('pay by batch only (县级 project) and 银行卡 are shown', () => {
    expect(notice('WX2025-004')).toContain('按批次发放：2025年7月 3.36 万元，10 人（2025年8月8日发放）');
    expect(notice('WX2025-004')).toContain('已发放劳务报酬 6.89 万元');
  });

  it('no file of the site names the demo district or its places (zip, gzip and search index included)', () => {
    const all = texts(site);
    expect(all.some((t) => t.file.endsWith('ygdz-open-data.zip!projects.csv'))).toBe(true);
    expect(all.some((t) => t.file.includes('/pagefind/') && t.text.includes('雾溪县'))).toBe(true);
    const found = all.flatMap(({ file, text }) =>
      DEMO_WORDS.filter((w) => text.includes(w)).map((w) => `${file}: ${w}`),
    );
    expect(found).toEqual([]);
  });
});
