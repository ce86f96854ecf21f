import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../src/lib/ingest/problems.ts';
import { memorySource, csv, withoutSkipped } from '../helpers/memory.ts';
import * as L from '../helpers/ledgers.ts';

async function problems(files: Record<string, string | Uint8Array>) {
  const r = await ingest(memorySource(files), { today: '2026-01-01' });
  return {
    ok: r.problems.ok,
    content: r.content,
    errors: r.problems.list.filter((p) => p.severity === 'error').map((p) => withoutSkipped(formatProblem(p))),
    warnings: r.problems.list.filter((p) => p.severity === 'warning').map(formatProblem),
  };
}
const withFile = (name: string, text: string) => ({ ...L.validFolder(), [name]: text });

describe('a valid folder', () => {
  it('passes with no errors and no warnings', async () => {
    const r = await problems(L.validFolder());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.ok).toBe(true);
  });
});

// The project row spans lines 2–3 (建设内容 has a line break), so the next record starts on line 4 (Excel row 3).
describe('rejections name the file, physical line and column', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    [
      'a missing required value',
      withFile('projects.csv', csv(L.PROJECTS_HEADER, L.project('P-1'), L.project('P-2', { owner: '' }))),
      'projects.csv:4:建设单位: 必填项为空，请填写“建设单位”（Excel 第 3 行）',
    ],
    [
      'a wrong type',
      withFile('projects.csv', csv(L.PROJECTS_HEADER, L.project('P-1', { planned: '十个' }))),
      'projects.csv:2:计划用工人数: “十个” 不是有效的数：请写整数（单位：人），前后可以加“约”“不少于”“以上”“左右”“多”“余”，例如 20、90余人、约50人、30人以上',
    ],
    [
      'an unknown option',
      withFile('projects.csv', csv(L.PROJECTS_HEADER, L.project('P-1', { sector: '水务' }))),
      'projects.csv:2:行业领域: “水务” 不是可选的行业领域，只能填：农业农村基础设施、交通基础设施、水利基础设施、文化旅游基础设施、林业草原基础设施、城乡建设基础设施、灾后恢复重建、能源、生态环境、其他。如果这是本县使用的领域，请在 site.json 的 vocabularies.行业领域.add 中添加，或在 synonyms 中写明它对应哪个领域',
    ],
    [
      'a duplicate 项目编号',
      withFile('projects.csv', csv(L.PROJECTS_HEADER, L.project('P-1'), L.project('p-1'))),
      'projects.csv:4:项目编号: 项目编号“p-1”与第 2 行的“P-1”重复（不区分大小写），每个项目的编号必须唯一（Excel 第 3 行）',
    ],
    [
      'a duplicate 人员编号',
      withFile('workers.csv', csv(L.WORKERS_HEADER, L.worker('W1', L.IDS[0]), L.worker('W1', L.IDS[2]))),
      'workers.csv:3:人员编号: 人员编号“W1”与第 2 行重复，每人只能有一个编号',
    ],
    [
      'a duplicate 班期编号',
      withFile(
        'trainings.csv',
        csv(L.TRAININGS_HEADER, L.training('T-1'), L.training('T-1', { name: '钢筋工培训班' })),
      ),
      'trainings.csv:3:班期编号: 班期编号“T-1”与第 2 行重复',
    ],
    [
      'a payout to an unknown project',
      withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout({ project: 'P-9' }))),
      'payouts.csv:2:项目编号: 项目编号“P-9”在项目清单（projects.csv）中不存在，请核对编号',
    ],
    [
      'a payout to an unknown worker',
      withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout({ worker: 'W9' }))),
      'payouts.csv:2:人员编号: 人员编号“W9”在务工花名册（workers.csv）中不存在，请先在花名册中登记此人',
    ],
    [
      'a training pointing to an unknown project',
      withFile('trainings.csv', csv(L.TRAININGS_HEADER, L.training('T-1', { project: 'P-9' }))),
      'trainings.csv:2:关联项目编号: 项目编号“P-9”在项目清单（projects.csv）中不存在，请核对编号',
    ],
    [
      'an inspection pointing to an unknown project',
      withFile('inspections.csv', csv(L.INSPECTIONS_HEADER, L.inspection({ project: 'P-9' }))),
      'inspections.csv:2:项目编号: 项目编号“P-9”在项目清单（projects.csv）中不存在，请核对编号',
    ],
    [
      '应发 ≠ 天数 × 日工资',
      withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout({ due: '1600', paid: '1500' }))),
      'payouts.csv:2:应发金额(元): 应发金额 1600.00 元不等于 务工天数 10 × 日工资 150.00 元 = 1500.00 元，请核对',
    ],
    [
      '实发 > 应发',
      withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout({ paid: '1500.01' }))),
      'payouts.csv:2:实发金额(元): 实发金额 1500.01 元大于应发金额 1500.00 元，请核对',
    ],
    [
      'a zero wage',
      withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout({ wage: '0', due: '0', paid: '0' }))),
      'payouts.csv:2:日工资(元): 日工资必须大于 0',
    ],
    [
      'a negative amount',
      withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout({ paid: '-5' }))),
      'payouts.csv:2:实发金额(元): 实发金额不能是负数',
    ],
    [
      'days above the days of the month',
      withFile(
        'payouts.csv',
        csv(L.PAYOUTS_HEADER, L.payout({ month: '2023-02', days: '29', due: '4350', paid: '4350', on: '2023-03-10' })),
      ),
      'payouts.csv:2:务工天数: 务工天数 29 超过了 2023-02 这个月的 28 天',
    ],
    [
      'a month that does not exist',
      withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout({ month: '2023-13' }))),
      'payouts.csv:2:务工月份: “2023-13” 的月份 13 不存在，月份只能是 1–12',
    ],
    [
      '完工 before 开工',
      withFile('projects.csv', csv(L.PROJECTS_HEADER, L.project('P-1', { start: '2023-05-01', end: '2023-04-30' }))),
      'projects.csv:2:计划完工日期: 计划完工时间“2023-04-30”早于计划开工时间“2023-05-01”，请核对',
    ],
    [
      '公示结束 before 公示开始',
      withFile('projects.csv', csv(L.PROJECTS_HEADER, L.project('P-1', { ns: '2023-04-07', ne: '2023-04-01' }))),
      'projects.csv:2:公示结束日期: 公示结束日期 2023-04-01 早于公示开始日期 2023-04-07，请核对',
    ],
    [
      'training 结束 before 开始',
      withFile('trainings.csv', csv(L.TRAININGS_HEADER, L.training('T-1', { start: '2023-03-05', end: '2023-03-01' }))),
      'trainings.csv:2:结束日期: 结束日期 2023-03-01 早于开始日期 2023-03-05，请核对',
    ],
    [
      'an invalid 身份证号',
      withFile('workers.csv', csv(L.WORKERS_HEADER, L.worker('W1', '110105194912310039'), L.worker('W2', L.IDS[1]))),
      'workers.csv:2:身份证号: “110105194912310039” 校验位不对，号码中有数字录错了，请对照身份证核对',
    ],
    [
      'a row with too many fields',
      withFile('inspections.csv', csv(L.INSPECTIONS_HEADER, `${L.inspection()},多余`)),
      'inspections.csv:2:(整行): 这一行有 9 列，表头有 8 列。常见原因：某格内容里有英文逗号，或多打/少打了逗号。请在 Excel 中打开核对后重新另存为 CSV',
    ],
    [
      'a row with too few fields',
      withFile('inspections.csv', csv(L.INSPECTIONS_HEADER, 'P-1,2023-06-01,实施')),
      'inspections.csv:2:(整行): 这一行有 3 列，表头有 8 列。常见原因：某格内容里有英文逗号，或多打/少打了逗号。请在 Excel 中打开核对后重新另存为 CSV',
    ],
    [
      'an empty file',
      withFile('trainings.csv', ''),
      'trainings.csv:1:(整个文件): 文件是空的，请导出带表头的技能培训台账',
    ],
    [
      'a missing required column',
      withFile(
        'trainings.csv',
        csv('班期编号,培训名称,开始日期,结束日期,培训学时,培训人数', 'T-1,班,2023-03-01,2023-03-02,8,10'),
      ),
      'trainings.csv:1:承办单位: 缺少必填列“承办单位”。请在第一行表头中加上这一列（列名要与模板一致）',
    ],
    [
      'a missing projects.csv',
      (({ 'projects.csv': _, ...rest }) => rest)(L.validFolder()),
      'projects.csv:1:(整个文件): 找不到 projects.csv：数据文件夹中必须有这个文件（文件名要完全一致，包括小写的 .csv）',
    ],
  ];

  it.each(cases)('%s', async (_name, files, expected) => {
    const r = await problems(files);
    expect(r.ok).toBe(false);
    expect(r.content).toBeUndefined();
    expect(r.errors).toContain(expected);
  });

  it('an ID number Excel turned into 3.70613E+17, with the Excel fix', async () => {
    const r = await problems(withFile('workers.csv', csv(L.WORKERS_HEADER, L.worker('W1', '3.70613E+17'))));
    expect(r.errors[0]).toMatch(
      /^workers\.csv:2:身份证号: “3\.70613E\+17” 被 Excel 转成了科学计数法.*设置单元格格式.*文本/,
    );
  });

  it('an unclosed quote, at the line where it opens', async () => {
    const r = await problems(
      withFile(
        'inspections.csv',
        csv(L.INSPECTIONS_HEADER, L.inspection(), 'P-1,2023-07-01,实施,区发改局,"没有闭合,无需整改,'),
      ),
    );
    expect(r.errors[0]).toMatch(/^inspections\.csv:3:\(整行\): 引号没有闭合/);
  });

  it('an unreadable file', async () => {
    const r = await problems(withFile('trainings.csv', new Uint8Array([0xff, 0xfe, 0x00, 0x00]) as unknown as string));
    expect(r.errors[0]).toMatch(/^trainings\.csv:1:\(整个文件\): 文件是 UTF-16/);
  });

  it('a bad setting in site.json, at its line', async () => {
    const r = await problems(withFile('site.json', '{\n  "noticeDays": "七天"\n}'));
    expect(r.errors[0]).toMatch(/^site\.json:2:noticeDays: 设置不正确：/);
  });
});

describe('what ingest accepts, as Excel exports it', () => {
  it('full-width digits, thousands separators, 元 suffixes, several date forms, totals and blank rows', async () => {
    const payouts = csv(
      L.PAYOUTS_HEADER,
      'P-1,W1,２０２３年５月,１０,150元,"1,500.00",１５００,2023年6月10日,银行代发',
      'P-1,W2,2023/5,20.5,200,4100,4100元,45087,一卡通',
      '合计,,,,,5600,5600,,',
      ',,,,,,,,',
      '',
    );
    const r = await problems(withFile('payouts.csv', payouts));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(['payouts.csv:4:(整行): 警告：已跳过“合计”行：合计由平台自动计算，台账中不需要合计行']);
    const m = r.content!.payoutMonths[0];
    expect(m).toMatchObject({
      id: 'P-1_2023-05',
      workers: 2,
      workDaysHundredths: 3050,
      dueFen: 560000,
      paidFen: 560000,
      firstPaidOn: '2023-06-10',
      lastPaidOn: '2023-06-10',
    });
  });

  it('text with markup characters and quotes is data, not an error', async () => {
    const r = await problems(
      withFile(
        'projects.csv',
        csv(L.PROJECTS_HEADER, L.project('P-1', { name: '"<script>alert(""x"")</script> 道路"' })),
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.content!.projects[0].name).toBe('<script>alert("x")</script> 道路');
  });

  it('rare characters survive', async () => {
    const r = await problems(withFile('projects.csv', csv(L.PROJECTS_HEADER, L.project('P-1', { loc: '𠮷䶮村' }))));
    expect(r.content!.projects[0].location).toBe('𠮷䶮村');
  });

  it('an unknown column is a warning, and the header may use full-width brackets', async () => {
    const header = L.PAYOUTS_HEADER.replace('日工资(元)', '日工资（元）') + ',备注';
    const r = await problems(withFile('payouts.csv', csv(header, `${L.payout()},无`)));
    expect(r.errors).toEqual([]);
    expect(r.warnings[0]).toMatch(/^payouts\.csv:1:备注: 警告：未知的列“备注”，已忽略/);
  });
});

describe('GB18030 exports', () => {
  it('reads a whole folder saved by Chinese Excel as "CSV (逗号分隔)"', async () => {
    // tests/fixtures/gb18030/ is validFolder() encoded to GB18030 by Python's codec (an encoder independent of ours).
    const dir = new URL('../fixtures/gb18030/', import.meta.url);
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = Object.fromEntries(readdirSync(dir).map((f) => [f, new Uint8Array(readFileSync(new URL(f, dir)))]));
    const r = await problems(files);
    expect(r.errors).toEqual([]);
    expect(r.content!.projects[0]).toMatchObject({
      id: 'P-1',
      name: '于家汤河河道修复工程',
      content: '河道清淤\n护岸砌筑',
      tasks: ['清淤', '砌石'],
    });
  });
});

describe('pay dated before its work month', () => {
  it('is an error at 发放日期', async () => {
    const r = await problems(
      withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout({ month: '2023-06', on: '2023-05-31' }))),
    );
    expect(r.errors).toContain('payouts.csv:2:发放日期: 发放日期 2023-05-31 早于务工月份 2023-06，请核对');
  });
});

describe('warnings', () => {
  it('unpaid more than 30 days after the month (拖欠风险) and cash payments', async () => {
    const r = await problems(
      withFile(
        'payouts.csv',
        csv(
          L.PAYOUTS_HEADER,
          L.payout({ month: '2023-10', paid: '', on: '', method: '' }),
          L.payout({ worker: 'W2', method: '现金' }),
        ),
      ),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      'payouts.csv:2:发放日期: 警告：拖欠风险：2023-10 的劳务报酬在月末（2023-10-31）之后 30 天仍未发放（截至 2023-12-31）',
      'payouts.csv:3:发放方式: 警告：以现金发放劳务报酬，请留存签收凭证；政策要求原则上通过银行代发或“一卡通”发放到本人账户',
    ]);
  });

  it('a second row for the same worker, project and month (possible double entry)', async () => {
    const r = await problems(
      withFile(
        'payouts.csv',
        csv(
          L.PAYOUTS_HEADER,
          L.payout(),
          L.payout({ worker: 'W2', days: '20.5', wage: '200', due: '4100', paid: '4100' }),
          L.payout({ days: '1', due: '150', paid: '150' }),
        ),
      ),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      'payouts.csv:4:人员编号: 警告：此人在项目“P-1”2023-05 已有一条发放记录，请核对是否重复录入（分两次发放的可以忽略）',
    ]);
  });

  it('paid above the planned remuneration', async () => {
    const r = await problems(withFile('projects.csv', csv(L.PROJECTS_HEADER, L.project('P-1', { pay: '0.5' }))));
    expect(r.warnings).toContain(
      'projects.csv:2:预计劳务报酬(万元): 警告：已发放劳务报酬 0.56 万元，超过了预计劳务报酬 0.50 万元，请核对',
    );
  });
});
