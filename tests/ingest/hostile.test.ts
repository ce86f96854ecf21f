/**
 * Hostile and careless input, end to end through ingest: control characters, bidi overrides, exact duplicate
 * rows, ids with spaces, full-width or look-alike letters, and a stray quote in a large file.
 */
import { describe, expect, it } from 'vitest';
import { ingest, type DataSource } from '../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../src/lib/ingest/problems.ts';
import { report } from '../../scripts/ingestFolder.ts';
import { memorySource, csv, withoutSkipped } from '../helpers/memory.ts';
import * as L from '../helpers/ledgers.ts';

async function run(files: Record<string, string | Uint8Array>, source?: DataSource) {
  const r = await ingest(source ?? memorySource(files), { today: '2026-01-01' });
  const lines: string[] = [];
  report(r, (l) => lines.push(l));
  return {
    ok: r.problems.ok,
    content: r.content,
    errors: r.problems.list.filter((p) => p.severity === 'error').map((p) => withoutSkipped(formatProblem(p))),
    warnings: r.problems.list.filter((p) => p.severity === 'warning').map(formatProblem),
    terminal: lines.join('\n'),
    json: JSON.stringify(r.problems.sorted([])),
  };
}
const withFile = (name: string, text: string) => ({ ...L.validFolder(), [name]: text });
const projects = (over: Partial<Record<string, string>>) =>
  withFile('projects.csv', csv(L.PROJECTS_HEADER, L.project('P-1', over)));
/** Bytes a terminal would act on: C0 controls but \n, DEL, C1 controls, bidi overrides. */
const TERMINAL_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('control characters in cells are refused once, with their position and code', () => {
  it('ESC[31m in 项目名称: one error, and no escape byte in the terminal output or the JSON', async () => {
    const r = await run(projects({ name: '道路\x1b[31m红色' }));
    expect(r.errors[0]).toBe('projects.csv:2:项目名称: 第 3 个字符是不可见的控制字符 U+001B，请删除');
    expect(r.errors.filter((e) => e.startsWith('projects.csv'))).toHaveLength(1);
    expect(r.terminal).not.toMatch(TERMINAL_CONTROL);
    expect(r.json).not.toMatch(TERMINAL_CONTROL);
  });

  it('a header with ESC or a C1 CSI is echoed as visible \\u{…}, never raw', async () => {
    const header = `${L.PAYOUTS_HEADER},备注\x1b[2J\x9b31m`;
    const r = await run(withFile('payouts.csv', csv(header, `${L.payout()},`)));
    expect(r.warnings[0]).toMatch(
      /^payouts\.csv:1:备注\\u\{1B\}\[2J\\u\{9B\}31m: 警告：未知的列“备注\\u\{1B\}\[2J\\u\{9B\}31m”，已忽略/,
    );
    expect(r.terminal).not.toMatch(TERMINAL_CONTROL);
    expect(r.json).not.toMatch(TERMINAL_CONTROL);
  });

  it('a refused id is not reported a second time as an invalid id', async () => {
    const r = await run(withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout({ project: 'P-1\x00' }))));
    expect(r.errors).toEqual(['payouts.csv:2:项目编号: 第 4 个字符是不可见的控制字符 U+0000，请删除']);
  });

  it.each([
    [
      '建设单位',
      { owner: '莱山区\u202e局务水' },
      'projects.csv:2:建设单位: 第 4 个字符是不可见的文字方向控制字符 U+202E，请删除',
    ],
    [
      '街道',
      { sub: '\u2066解甲庄街道\u2069' },
      'projects.csv:2:街道: 第 1 个字符是不可见的文字方向控制字符 U+2066，请删除（这一格共有 2 个要删除的字符）',
    ],
    [
      '建设地点',
      { loc: '于家汤村\u200f' },
      'projects.csv:2:建设地点: 第 5 个字符是不可见的文字方向控制字符 U+200F，请删除',
    ],
    [
      '施工单位',
      { contractor: '烟台\x85公司' },
      'projects.csv:2:施工单位: 第 3 个字符是不可见的控制字符 U+0085，请删除',
    ],
    ['建设内容', { content: '河道\x0c清淤' }, 'projects.csv:2:建设内容: 第 3 个字符是不可见的控制字符 U+000C，请删除'],
  ])('%s', async (_column, over, expected) => {
    const r = await run(projects(over));
    // the rows of other ledgers referring to the refused P-1 are summed up in one warning at its row, not errors
    expect(r.errors.filter((e) => e.startsWith('projects.csv'))).toEqual([expected]);
  });

  it('in other ledgers too: 村(社区) and 检查情况', async () => {
    const w = await run(
      withFile(
        'workers.csv',
        csv(L.WORKERS_HEADER, L.worker('W1', L.IDS[0], { village: '于家\x07汤村' }), L.worker('W2', L.IDS[1])),
      ),
    );
    expect(w.errors.filter((e) => e.startsWith('workers.csv'))).toEqual([
      'workers.csv:2:村(社区): 第 3 个字符是不可见的控制字符 U+0007，请删除',
    ]);
    const i = await run(
      withFile('inspections.csv', csv(L.INSPECTIONS_HEADER, L.inspection({ finding: '台账\u202d齐全' }))),
    );
    expect(i.errors).toEqual(['inspections.csv:2:检查情况: 第 3 个字符是不可见的文字方向控制字符 U+202D，请删除']);
  });
});

describe('harmless invisible characters are removed with a warning', () => {
  it("Word's line break in 建设内容 becomes a line break; tab, zero-width space and BOM in other cells", async () => {
    const r = await run(
      projects({ content: '河道清淤\x0b护岸砌筑', sub: '解甲庄\t街道', loc: '于家\u200b汤村', name: '\ufeff道路工程' }),
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'projects.csv:2:项目名称: 警告：已删除第 1 个字符：不可见的零宽字符 U+FEFF',
      'projects.csv:2:街道: 警告：第 4 个字符是制表符（Tab），已替换为空格',
      'projects.csv:2:建设地点: 警告：已删除第 3 个字符：不可见的零宽字符 U+200B',
      'projects.csv:2:建设内容: 警告：第 5 个字符是从 Word 复制来的换行符 U+000B，已按换行处理',
    ]);
    expect(r.content!.projects[0]).toMatchObject({
      name: '道路工程',
      subdistrict: '解甲庄 街道',
      location: '于家汤村',
      content: '河道清淤\n护岸砌筑',
    });
  });

  it("Word's line break in a one-line column becomes a space", async () => {
    const r = await run(projects({ name: '道路\x0b工程' }));
    expect(r.warnings).toEqual([
      'projects.csv:2:项目名称: 警告：第 3 个字符是从 Word 复制来的换行符 U+000B，这一栏不换行，已替换为空格',
    ]);
    expect(r.content!.projects[0].name).toBe('道路 工程');
  });
});

describe('site.json strings get the same rule', () => {
  it('control and bidi characters are errors at the line of the setting', async () => {
    const site = [
      '{',
      '  "dataUpdated": "2023-12-31",',
      '  "publisher": "莱山区\\u001b[31m发改局",',
      '  "hotlines": [',
      '    { "label": "监督电话", "number": "0535-6901234" },',
      '    { "label": "\\u202e举报", "number": "12345" }',
      '  ]',
      '}',
    ].join('\n');
    const r = await run(withFile('site.json', site));
    expect(r.errors).toEqual([
      'site.json:3:publisher: 第 4 个字符是不可见的控制字符 U+001B，请删除',
      'site.json:6:hotlines.1.label: 第 1 个字符是不可见的文字方向控制字符 U+202E，请删除',
    ]);
    expect(r.terminal).not.toMatch(TERMINAL_CONTROL);
  });

  it('a raw control character in the file is named, not reported as a JSON syntax error', async () => {
    const r = await run(withFile('site.json', '{\n  "publisher": "莱山\x1b区"\n}'));
    expect(r.errors).toEqual(['site.json:2:(整个文件): 这一行第 19 个字符是不可见的控制字符 U+001B，请删除']);
  });

  it('a zero-width space is removed with a warning and the cleaned value is used', async () => {
    const r = await run(withFile('site.json', '{\n  "dataUpdated": "2023-12-31",\n  "district": "莱山\u200b区"\n}'));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(['site.json:3:district: 警告：已删除第 3 个字符：不可见的零宽字符 U+200B']);
    expect(r.content!.meta.site.district).toBe('莱山区');
  });

  it('a line break in a one-line setting is refused by the schema', async () => {
    const r = await run(
      withFile('site.json', '{\n  "dataUpdated": "2023-12-31",\n  "publisher": "发改局\\n第二行"\n}'),
    );
    expect(r.errors).toEqual(['site.json:3:publisher: 设置不正确：不能包含不可见的控制字符或换行']);
  });

  it('a bad setting inside a list is reported at its own line', async () => {
    const site =
      '{\n  "hotlines": [\n    { "label": "a", "number": "12345" },\n    { "label": "b", "number": "见备注" }\n  ]\n}';
    const r = await run(withFile('site.json', site));
    expect(r.errors[0]).toMatch(/^site\.json:4:hotlines\.1\.number: 设置不正确：/);
  });
});

describe('exact duplicate rows', () => {
  const W2 = { worker: 'W2', days: '20.5', wage: '200', due: '4100', paid: '4100' };

  it('a payout row repeating an earlier one is an error naming it', async () => {
    const r = await run(withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout(), L.payout(W2), L.payout())));
    expect(r.errors).toEqual(['payouts.csv:4:(整行): 这一行与第 2 行完全相同，是重复录入，请删除']);
    expect(r.warnings).toEqual([]);
  });

  it('compares the cells after cleaning: spaces around and a zero-width space do not hide a repeat', async () => {
    const r = await run(
      withFile(
        'payouts.csv',
        csv(L.PAYOUTS_HEADER, L.payout(), L.payout({ project: ' P-1 ', method: '银行\u200b代发' })),
      ),
    );
    expect(r.errors).toEqual(['payouts.csv:3:(整行): 这一行与第 2 行完全相同，是重复录入，请删除']);
  });

  it('the whole ledger pasted twice: every second copy is an error, nothing is counted twice', async () => {
    const rows = [L.payout(), L.payout(W2)];
    const r = await run(withFile('payouts.csv', csv(L.PAYOUTS_HEADER, ...rows, ...rows)));
    expect(r.errors).toEqual([
      'payouts.csv:4:(整行): 这一行与第 2 行完全相同，是重复录入，请删除',
      'payouts.csv:5:(整行): 这一行与第 3 行完全相同，是重复录入，请删除',
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('same worker, project and month with other values stays a warning; a repeat of either is found', async () => {
    const second = L.payout({ days: '1', due: '150', paid: '150' });
    const r = await run(withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout(), second, second, L.payout())));
    expect(r.warnings).toEqual([
      'payouts.csv:3:人员编号: 警告：此人在项目“P-1”2023-05 已有一条发放记录，请核对是否重复录入（分两次发放的可以忽略）',
    ]);
    expect(r.errors).toEqual([
      'payouts.csv:4:(整行): 这一行与第 3 行完全相同，是重复录入，请删除',
      'payouts.csv:5:(整行): 这一行与第 2 行完全相同，是重复录入，请删除',
    ]);
  });

  it('trainings, inspections and projects: identical rows are errors', async () => {
    const t = await run(withFile('trainings.csv', csv(L.TRAININGS_HEADER, L.training('T-1'), L.training('T-1'))));
    expect(t.errors).toEqual(['trainings.csv:3:(整行): 这一行与第 2 行完全相同，是重复录入，请删除']);
    const i = await run(
      withFile(
        'inspections.csv',
        csv(L.INSPECTIONS_HEADER, L.inspection(), L.inspection({ date: '2023-07-01' }), L.inspection()),
      ),
    );
    expect(i.errors).toEqual(['inspections.csv:4:(整行): 这一行与第 2 行完全相同，是重复录入，请删除']);
    const p = await run(withFile('projects.csv', csv(L.PROJECTS_HEADER, L.project('P-1'), L.project('P-1'))));
    expect(p.errors).toEqual(['projects.csv:4:(整行): 这一行与第 2 行完全相同，是重复录入，请删除（Excel 第 3 行）']);
  });
});

describe('ids', () => {
  it('full-width ids are converted with a warning that says what they became', async () => {
    const r = await run(
      withFile(
        'payouts.csv',
        csv(
          L.PAYOUTS_HEADER,
          L.payout({ project: 'Ｐ－１' }),
          L.payout({ worker: 'Ｗ２', days: '20.5', wage: '200', due: '4100', paid: '4100' }),
        ),
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'payouts.csv:2:项目编号: 警告：项目编号“Ｐ－１”已按半角写作“P-1”',
      'payouts.csv:3:人员编号: 警告：人员编号“Ｗ２”已按半角写作“W2”',
    ]);
    expect(r.content!.payoutMonths[0]).toMatchObject({ id: 'P-1_2023-05', workers: 2 });
  });

  it('spaces around an id are trimmed silently; a space inside is an error', async () => {
    const ok = await run(withFile('payouts.csv', csv(L.PAYOUTS_HEADER, L.payout({ project: ' P-1 ' }))));
    expect([ok.errors, ok.warnings]).toEqual([[], []]);
    const r = await run(
      withFile('workers.csv', csv(L.WORKERS_HEADER, L.worker('W 1', L.IDS[0]), L.worker('W2', L.IDS[1]))),
    );
    expect(r.errors).toContain('workers.csv:2:人员编号: “W 1” 第 2 个字符是空格：人员编号中间不能有空格或换行，请删除');
  });

  it('a Cyrillic look-alike letter is pointed at', async () => {
    const r = await run(withFile('trainings.csv', csv(L.TRAININGS_HEADER, L.training('Т-1'))));
    expect(r.errors).toEqual([
      'trainings.csv:2:班期编号: “Т-1” 第 1 个字符“Т”是西里尔字母（U+0422），看起来像英文字母 T，请改用英文字母',
    ]);
  });
});

describe('a stray quote in a large payouts.csv', () => {
  it('is one error at the line the quote opened, and the rest of the file is never read', async () => {
    const files = L.validFolder();
    const head = new TextEncoder().encode(`${L.PAYOUTS_HEADER}\r\n"${L.payout()}\r\n`);
    const body = new TextEncoder().encode(`${L.payout()}\r\n`.repeat(1200)); // about 64 KB a chunk
    const pulled = { chunks: 0, closed: false };
    const base = memorySource(files);
    const source: DataSource = {
      ...base,
      open: (name) =>
        name !== 'payouts.csv'
          ? base.open(name)
          : {
              [Symbol.asyncIterator]: () => ({
                next: async () => {
                  pulled.chunks++;
                  // 10,000 chunks would be 640 MB
                  return pulled.chunks > 10_000
                    ? { done: true, value: undefined }
                    : { done: false, value: pulled.chunks === 1 ? head : body };
                },
                return: async () => {
                  pulled.closed = true;
                  return { done: true, value: undefined };
                },
              }),
            },
    };
    const r = await run(files, source);
    expect(r.errors).toEqual([
      'payouts.csv:2:(整行): 引号没有闭合：这一格以英文双引号 " 开头，但之后 65536 个字符内都没有配对的引号（Excel 一格最多 32767 个字符），已停止读取这个文件。请检查这一格的内容，单元格中的双引号要写成两个 ""',
    ]);
    expect(pulled.chunks).toBeLessThanOrEqual(3);
    expect(pulled.closed).toBe(true);
  });
});
