import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VOCABULARY_DEFAULTS, VOCABULARY_IDS } from '../../src/lib/vocab/defaults.ts';
import { buildVocabularies, normalise, type VocabulariesSetting } from '../../src/lib/vocab/vocabulary.ts';
import { vocabulariesSchema } from '../../src/schemas/vocabularies.ts';

type Result<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };
/** The value, with its warning after a " ⚠ ", or "ERR message". */
const show = <T>(r: Result<T>) =>
  r.ok
    ? `${Array.isArray(r.value) ? r.value.join('|') : r.value}${r.warning ? ` ⚠ ${r.warning}` : ''}`
    : `ERR ${r.message}`;

const v = buildVocabularies();

describe('default vocabularies', () => {
  it('lists the default values in display order', () => {
    expect(v.workerCategories.values).toEqual([
      '脱贫人口',
      '防止返贫监测对象',
      '易地搬迁脱贫人口',
      '农村低收入人口',
      '返乡农民工',
      '农村劳动力',
      '城镇就业困难人员',
      '家庭经济困难高校毕业生',
      '退役军人',
      '残疾人',
    ]);
    expect(v.sectors.values).toEqual([
      '农业农村基础设施',
      '交通基础设施',
      '水利基础设施',
      '文化旅游基础设施',
      '林业草原基础设施',
      '城乡建设基础设施',
      '灾后恢复重建',
      '能源',
      '生态环境',
      '其他',
    ]);
    expect(v.payMethods.values).toEqual(['银行代发', '银行卡', '一卡通', '现金', '其他']);
    expect(v.inspectionStages.values).toEqual(['筹备', '实施', '验收']);
    expect(v.projectStatuses.values).toEqual(['谋划', '实施中', '已完工', '已验收']);
    expect(v.projectTypes.values).toHaveLength(10);
    expect(v.projectTypes.column).toBe('项目类型');
  });

  it('defaults are consistent: no synonym is a value or repeated within a vocabulary', () => {
    for (const id of VOCABULARY_IDS) {
      const seen = new Set<string>();
      for (const { value, synonyms } of VOCABULARY_DEFAULTS[id].values)
        for (const s of [value, ...synonyms]) {
          expect(seen.has(normalise(s)), `${id}: ${s}`).toBe(false);
          seen.add(normalise(s));
        }
    }
  });

  it.each([
    ['workerCategories', '防止返贫监测对象', '防止返贫监测对象'],
    ['workerCategories', '退役军人', '退役军人'],
    ['sectors', '灾后恢复重建', '灾后恢复重建'],
    ['sectors', '生态环境', '生态环境'],
    ['payMethods', '银行卡', '银行卡'],
    ['payMethods', '一卡通', '一卡通'],
    ['projectTypes', '中央预算内以工代赈示范项目', '中央预算内以工代赈示范项目'],
    ['projectTypes', '县级以工代赈项目清单项目', '县级以工代赈项目清单项目'],
    ['projectStatuses', '实施中', '实施中'],
  ] as const)('%s: exact %s is accepted without a warning', (id, raw, expected) => {
    expect(show(v[id].resolve(raw))).toBe(expected);
  });

  it.each([
    ['防返贫监测对象', '防止返贫监测对象'],
    ['监测户', '防止返贫监测对象'],
    ['监测对象', '防止返贫监测对象'],
    ['脱贫不稳定户', '防止返贫监测对象'],
    ['边缘易致贫户', '防止返贫监测对象'],
    ['突发严重困难户', '防止返贫监测对象'],
    ['三类户', '防止返贫监测对象'],
    ['建档立卡贫困户', '脱贫人口'],
    ['脱贫户', '脱贫人口'],
    ['易地搬迁群众', '易地搬迁脱贫人口'],
    ['低保对象', '农村低收入人口'],
    ['特困人员', '农村低收入人口'],
    ['其他低收入人口', '农村低收入人口'],
    ['一般农户', '农村劳动力'],
    ['返乡务工人员', '返乡农民工'],
    ['就业困难人员', '城镇就业困难人员'],
    ['残疾人员', '残疾人'],
  ])('人员类别 synonym %s → %s, with a warning naming the mapping', (raw, expected) => {
    expect(show(v.workerCategories.resolve(raw))).toBe(`${expected} ⚠ “${raw}”按“${expected}”统计`);
  });

  it.each([
    ['sectors', '交通', '交通基础设施'],
    ['sectors', '城镇建设', '城乡建设基础设施'],
    ['sectors', '文旅', '文化旅游基础设施'],
    ['projectTypes', '政府投资重点工程项目', '重点工程项目'],
    ['projectTypes', '县级以工代赈项目清单', '县级以工代赈项目清单项目'],
    ['payMethods', '银行转账', '银行卡'],
    ['inspectionStages', '施工', '实施'],
    ['projectStatuses', '在建', '实施中'],
    ['projectStatuses', '储备', '谋划'],
    ['projectStatuses', '已竣工验收', '已验收'],
  ] as const)('%s synonym %s → %s', (id, raw, expected) => {
    expect(show(v[id].resolve(raw))).toBe(`${expected} ⚠ “${raw}”按“${expected}”统计`);
  });

  it('ignores quotes: 惠民惠农“一卡通” is 一卡通, and the warning names the cell as typed', () => {
    expect(show(v.payMethods.resolve('惠民惠农“一卡通”'))).toBe('一卡通 ⚠ “惠民惠农“一卡通””按“一卡通”统计');
  });

  it.each([
    [' 脱贫人口 ', '脱贫人口'],
    ['防止返贫　监测对象', '防止返贫监测对象'], // ideographic space inside
    ['脱贫人口\u00a0', '脱贫人口'], // non-breaking space from a web page
    ['\u200b退役军人', '退役军人'], // zero-width space
  ])('tolerates spaces: %j → %s, silently', (raw, expected) => {
    expect(show(v.workerCategories.resolve(raw))).toBe(expected);
  });

  it('tolerates full-width forms, and a synonym with spaces still warns with the cell as typed', () => {
    const s = buildVocabularies({ 发放方式: { add: ['POS机'] } });
    expect(show(s.payMethods.resolve('ＰＯＳ机'))).toBe('POS机');
    expect(show(v.workerCategories.resolve(' 监测 户'))).toBe('防止返贫监测对象 ⚠ “监测 户”按“防止返贫监测对象”统计');
  });

  it('does not strip a trailing 人 or 户: 残疾 and 脱贫 are not values', () => {
    expect(v.workerCategories.resolve('残疾').ok).toBe(false);
    expect(v.workerCategories.resolve('脱贫').ok).toBe(false);
  });

  it.each([
    ['搬迁群众'], // also reservoir resettlement and hazard relocation
    ['返乡人员'], // also graduates and veterans
    ['当地群众'],
    ['因灾需救助人口'], // a group of its own, which a county adds
  ])('does not map the broader %s', (raw) => {
    expect(v.workerCategories.resolve(raw).ok).toBe(false);
  });

  it('does not map 农田水利 (farmland irrigation is 农业农村 or 水利 depending on size)', () => {
    expect(v.sectors.resolve('农田水利').ok).toBe(false);
  });
});

describe('unknown and empty cells', () => {
  it('lists the allowed values and says how to add one in site.json', () => {
    expect(show(v.workerCategories.resolve('两后生'))).toBe(
      'ERR “两后生” 不是可选的人员类别，只能填：脱贫人口、防止返贫监测对象、易地搬迁脱贫人口、农村低收入人口、' +
        '返乡农民工、农村劳动力、城镇就业困难人员、家庭经济困难高校毕业生、退役军人、残疾人。' +
        '如果这是本县使用的类别，请在 site.json 的 vocabularies.人员类别.add 中添加，或在 synonyms 中写明它对应哪个类别',
    );
  });

  it('names the vocabulary in its own words', () => {
    expect(show(v.payMethods.resolve('微信'))).toBe(
      'ERR “微信” 不是可选的发放方式，只能填：银行代发、银行卡、一卡通、现金、其他。' +
        '如果这是本县使用的方式，请在 site.json 的 vocabularies.发放方式.add 中添加，或在 synonyms 中写明它对应哪个方式',
    );
  });

  it('an empty cell is an error listing the values', () => {
    expect(show(v.inspectionStages.resolve('  '))).toBe('ERR 没有填写检查阶段，只能填：筹备、实施、验收');
    expect(show(v.inspectionStages.resolveList('、'))).toBe('ERR 没有填写检查阶段，只能填：筹备、实施、验收');
  });

  it('several values in a single-valued cell say so', () => {
    expect(show(v.workerCategories.resolve('脱贫人口、返乡农民工'))).toBe(
      'ERR “脱贫人口、返乡农民工”填了 2 个类别，这一栏只能填一个人员类别',
    );
  });

  it('returns the same answer on repeated calls (memoised slow path)', () => {
    const a = v.workerCategories.resolve(' 监测户 ');
    expect(v.workerCategories.resolve(' 监测户 ')).toEqual(a);
  });
});

describe('resolveList', () => {
  it('accepts two sectors, in display order', () => {
    expect(show(v.sectors.resolveList('水利基础设施、交通基础设施', { max: 2 }))).toBe('交通基础设施|水利基础设施');
  });

  it('rejects three sectors when at most 2 are allowed', () => {
    expect(show(v.sectors.resolveList('交通基础设施，水利基础设施；能源', { max: 2 }))).toBe(
      'ERR 行业领域最多填 2 个，这一格填了 3 个：交通基础设施、水利基础设施、能源',
    );
  });

  it.each([
    ['脱贫人口、返乡农民工', '脱贫人口|返乡农民工'],
    ['返乡农民工,脱贫人口', '脱贫人口|返乡农民工'],
    ['脱贫人口／残疾人', '脱贫人口|残疾人'],
    ['脱贫人口；退役军人', '脱贫人口|退役军人'],
    ['脱贫人口\n残疾人', '脱贫人口|残疾人'],
    ['脱贫人口 返乡农民工', '脱贫人口|返乡农民工'], // spaces separate only when every part is a value
    ['脱贫人口、脱贫人口', '脱贫人口'],
    ['残疾人', '残疾人'],
  ])('%j → %s', (raw, expected) => {
    expect(show(v.workerCategories.resolveList(raw))).toBe(expected);
  });

  it('removes duplicates after synonym mapping and combines the warnings into one', () => {
    expect(show(v.workerCategories.resolveList('返乡务工人员、监测户、脱贫不稳定户、防止返贫监测对象'))).toBe(
      '防止返贫监测对象|返乡农民工 ⚠ “监测户”“脱贫不稳定户”按“防止返贫监测对象”统计；“返乡务工人员”按“返乡农民工”统计',
    );
  });

  it('a single synonym keeps its warning', () => {
    expect(show(v.sectors.resolveList('交通'))).toBe('交通基础设施 ⚠ “交通”按“交通基础设施”统计');
  });

  it('one error per cell listing every unknown item', () => {
    expect(show(v.workerCategories.resolveList('脱贫人口、两后生、留守妇女、两后生'))).toBe(
      'ERR “两后生”“留守妇女” 不是可选的人员类别，只能填：脱贫人口、防止返贫监测对象、易地搬迁脱贫人口、农村低收入人口、' +
        '返乡农民工、农村劳动力、城镇就业困难人员、家庭经济困难高校毕业生、退役军人、残疾人。' +
        '如果这些是本县使用的类别，请在 site.json 的 vocabularies.人员类别.add 中添加，或在 synonyms 中写明它对应哪个类别',
    );
  });
});

describe('district settings', () => {
  const site: VocabulariesSetting = {
    人员类别: {
      add: ['因灾需救助人口', '低保户'],
      synonyms: { 三类人员: '防止返贫监测对象', 受灾群众: '因灾需救助人口' },
    },
    行业领域: { synonyms: { 农田水利: '水利基础设施', 交通: '农业农村基础设施' } },
  };
  const d = buildVocabularies(site);

  it('adds values after the defaults', () => {
    expect(d.workerCategories.values.slice(-3)).toEqual(['残疾人', '因灾需救助人口', '低保户']);
    expect(show(d.workerCategories.resolve('因灾需救助人口'))).toBe('因灾需救助人口');
  });

  it('maps a site synonym to a default value and to an added value', () => {
    expect(show(d.workerCategories.resolve('三类人员'))).toBe('防止返贫监测对象 ⚠ “三类人员”按“防止返贫监测对象”统计');
    expect(show(d.workerCategories.resolve('受灾群众'))).toBe('因灾需救助人口 ⚠ “受灾群众”按“因灾需救助人口”统计');
  });

  it('an added value replaces a default synonym of the same spelling (低保户 counted apart)', () => {
    expect(show(d.workerCategories.resolve('低保户'))).toBe('低保户');
    expect(d.workerCategories.synonyms.has('低保户')).toBe(false);
    expect(show(v.workerCategories.resolve('低保户'))).toBe('农村低收入人口 ⚠ “低保户”按“农村低收入人口”统计');
  });

  it('a site synonym overrides a default synonym', () => {
    expect(show(d.sectors.resolve('交通'))).toBe('农业农村基础设施 ⚠ “交通”按“农业农村基础设施”统计');
    expect(show(d.sectors.resolve('农田水利'))).toBe('水利基础设施 ⚠ “农田水利”按“水利基础设施”统计');
  });

  it('the unknown-value message lists the added values too', () => {
    const r = d.workerCategories.resolve('两后生');
    expect(!r.ok && r.message).toContain('残疾人、因灾需救助人口、低保户。');
  });

  it('leaves other vocabularies and the defaults untouched', () => {
    expect(d.payMethods.values).toEqual(v.payMethods.values);
    expect(v.workerCategories.values).toHaveLength(10);
  });

  it('the schema accepts the example and fills in what is left out', () => {
    expect(
      vocabulariesSchema.parse({ 人员类别: { add: ['因灾需救助人口'], synonyms: { 三类人员: '防止返贫监测对象' } } }),
    ).toEqual({ 人员类别: { add: ['因灾需救助人口'], synonyms: { 三类人员: '防止返贫监测对象' } } });
    const parsed = vocabulariesSchema.parse({ 人员类别: { add: ['因灾需救助人口'] } });
    expect(buildVocabularies(parsed).workerCategories.values).toContain('因灾需救助人口');
    expect(vocabulariesSchema.parse({ 发放方式: {} })).toEqual({ 发放方式: { add: [], synonyms: {} } });
    expect(vocabulariesSchema.parse(undefined)).toEqual({});
  });
});

describe('invalid settings', () => {
  /** Every issue of a setting as "path: message". */
  const issues = (setting: unknown) => {
    const r = vocabulariesSchema.safeParse(setting);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('a synonym must point to a value that exists', () => {
    expect(issues({ 人员类别: { synonyms: { 三类人员: '监测户' } } })).toEqual([
      '人员类别.synonyms.三类人员: 同义词“三类人员”对应的“监测户”不是人员类别的可选值（默认值或 add 中添加的值），' +
        '只能对应：脱贫人口、防止返贫监测对象、易地搬迁脱贫人口、农村低收入人口、返乡农民工、农村劳动力、' +
        '城镇就业困难人员、家庭经济困难高校毕业生、退役军人、残疾人',
    ]);
  });

  it('a value cannot be both added and a synonym, nor a default value be a synonym', () => {
    expect(issues({ 发放方式: { add: ['社保卡'], synonyms: { 社保卡: '银行卡', 现金: '其他' } } })).toEqual([
      '发放方式.synonyms.社保卡: “社保卡”已在 add 中添加为发放方式，不能同时作为同义词',
      '发放方式.synonyms.现金: “现金”是默认的发放方式，不能同时作为同义词',
    ]);
  });

  it('no duplicates: an added default, a repeated addition, synonyms equal after normalising', () => {
    expect(
      issues({ 项目状态: { add: ['已验收', '暂停', ' 暂停'], synonyms: { 停工: '暂停', '停 工': '暂停' } } }),
    ).toEqual([
      '项目状态.add.0: “已验收”已是默认的项目状态，不用在 add 中添加',
      '项目状态.add.2: “ 暂停”在 add 中重复',
      '项目状态.synonyms.停 工: 同义词“停 工”与“停工”重复',
    ]);
  });

  it('values and synonyms may not hold list separators', () => {
    expect(issues({ 行业领域: { add: ['能源、矿产'] } })).toEqual([
      '行业领域.add.0: 添加的领域“能源、矿产”不能包含顿号、逗号、分号、斜杠或换行：一格填多个领域时用它们分隔',
    ]);
  });

  it('keys are the Chinese column names; English ids and unknown fields are refused', () => {
    expect(issues({ workerCategories: {} })).toEqual([
      ': vocabularies 中没有“workerCategories”这一项，只能是：人员类别、项目类型、行业领域、发放方式、检查阶段、项目状态、建设性质、实施方式',
    ]);
    expect(issues({ 人员类别: { values: [] } })).toEqual([
      '人员类别: 这里只能写 add（添加的值）和 synonyms（同义词），没有“values”',
    ]);
  });

  it('buildVocabularies throws on an invalid setting it is given directly', () => {
    expect(() => buildVocabularies({ 检查阶段: { synonyms: { 复查: '整改' } } })).toThrow(
      'site.json 的 vocabularies.检查阶段.synonyms.复查：同义词“复查”对应的“整改”不是检查阶段的可选值',
    );
    expect(() => buildVocabularies({ 人员类型: {} } as VocabulariesSetting)).toThrow(
      'site.json 的 vocabularies 中没有“人员类型”这一项',
    );
  });
});

describe('README 词表', () => {
  it('lists each vocabulary’s defaults and synonyms as src/lib/vocab/defaults.ts declares them', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    for (const d of Object.values(VOCABULARY_DEFAULTS)) {
      const row = d.values.map((v) => (v.synonyms.length ? `${v.value}（${v.synonyms.join('、')}）` : v.value));
      expect(readme, d.column).toContain(`| ${d.column} | ${row.join(' · ')} |`);
    }
  });
});
