/**
 * National defaults of the ledgers' closed vocabularies: one entry per vocabulary, values in display order, each
 * with the other spellings staff and county notices use for it. A district adds values and synonyms of its own in
 * site.json (`vocabularies`, see src/schemas/vocabularies.ts); it cannot remove a default.
 *
 * Rule for a default synonym: it means the same group as its value, or a sub-group officially counted in it.
 * Broader or ambiguous words are left out on purpose: they are errors a county resolves in site.json, which is
 * better than a silent misclassification. Every synonym hit is reported as a warning, so nothing maps unseen.
 */

export interface DefaultValue {
  /** The canonical value: what is stored and published. */
  readonly value: string;
  /** Other spellings counted as this value (compared after removing spaces and quotes, in half-width form). */
  readonly synonyms: readonly string[];
}

export interface VocabularyDefault {
  /** Chinese column name in the ledgers; also the key of the vocabulary in site.json. */
  readonly column: string;
  /** What one value is called in messages: 人员类别 → 类别. */
  readonly noun: string;
  /** Values in display order. */
  readonly values: readonly DefaultValue[];
}

const v = (value: string, ...synonyms: string[]): DefaultValue => ({ value, synonyms });

export const VOCABULARY_DEFAULTS = {
  /** 人员类别: sensitive per person (PIPL Art. 28); published only as suppressed counts. */
  workerCategories: {
    column: '人员类别',
    noun: '类别',
    values: [
      // Every 建档立卡贫困户 had exited poverty by the end of 2020, so the old term now names the 脱贫户.
      v('脱贫人口', '脱贫户', '建档立卡脱贫户', '建档立卡贫困户', '已脱贫人口', '脱贫劳动力'),
      // 脱贫不稳定户, 边缘易致贫户 and 突发严重困难户 are the three kinds (三类户) of 防止返贫监测对象 defined by the
      // national 防止返贫动态监测和帮扶 mechanism: each is counted as a 监测对象.
      v(
        '防止返贫监测对象',
        '防返贫监测对象',
        '防止返贫监测户',
        '监测户',
        '监测对象',
        '脱贫不稳定户',
        '边缘易致贫户',
        '突发严重困难户',
        '三类户',
      ),
      // Notices write 易地搬迁群众 for the 易地扶贫搬迁 follow-up group (DOMAIN.md). Not 搬迁群众 alone: that also
      // means reservoir resettlement and hazard relocation. A county counting 同步搬迁 households apart can add
      // 易地搬迁群众 as a value of its own (an added value replaces the default synonym).
      v('易地搬迁脱贫人口', '易地搬迁群众', '易地扶贫搬迁群众', '易地扶贫搬迁户', '易地搬迁户'),
      // 低保对象 and 特困人员 are sub-groups of 农村低收入人口 (民政部 2021); 其他低收入人口 was the demo's value.
      // Not 因灾需救助人口: disaster relief does not test income, and notices list it as a group of its own.
      // 五保户 is the old name of the rural 特困供养 (a 特困人员).
      v('农村低收入人口', '低收入人口', '其他低收入人口', '低保对象', '低保户', '特困人员', '特困供养人员', '五保户'),
      // Not 返乡人员 (also graduates and veterans coming home, groups of their own here) nor 返乡创业人员 (employers).
      v('返乡农民工', '返乡务工人员'),
      // The rural worker in none of the groups above; 一般农户 was the demo's value. Not 一般群众 or 当地群众:
      // they do not say rural, and notices use 当地群众 for all local workers, 脱贫人口 included.
      v('农村劳动力', '一般农户', '普通农户', '其他农村劳动力', '农民'),
      // 就业困难人员 is the urban 就业困难 status (人社部门认定); in a county ledger it is the same group.
      v('城镇就业困难人员', '就业困难人员'),
      v('家庭经济困难高校毕业生', '困难高校毕业生'),
      v('退役军人', '退伍军人'),
      v('残疾人', '残疾人员', '残疾群众'),
    ],
  },
  /** 项目类型: the funding programme or kind of project, as county notices name it; each wording is its own value. */
  projectTypes: {
    column: '项目类型',
    noun: '类型',
    values: [
      v('以工代赈专项资金项目'),
      v('农业农村基础设施项目'),
      v('重点工程项目', '政府投资重点工程项目'),
      v('中央财政以工代赈项目'),
      v('以工代赈中央预算内投资项目', '中央预算内以工代赈项目'),
      v('中央预算内以工代赈示范项目'),
      v('中央财政衔接资金以工代赈项目', '中央财政衔接推进乡村振兴补助资金以工代赈项目'),
      v('农业农村中小型基础设施以工代赈项目'),
      v('以工代赈示范项目'),
      v('县级以工代赈项目清单项目', '县级以工代赈项目清单'),
    ],
  },
  /**
   * 行业领域: the fields 以工代赈 projects are built in (NDRC wording), then the demo's 能源 and 生态环境, which no
   * official field contains (生态环境 is not 林业草原: sewage works and river restoration are not forestry).
   */
  sectors: {
    column: '行业领域',
    noun: '领域',
    values: [
      // Not 农田水利: NDRC counts small farmland irrigation under 农业农村 and larger works under 水利; the clerk
      // chooses (or the county names its choice in site.json).
      v('农业农村基础设施', '农业农村'),
      // Roads and bridges are transport whoever builds them; 产业路 (a road to fields or orchards) too.
      v('交通基础设施', '交通', '交通运输', '农村公路', '公路', '道路', '桥梁', '产业路'),
      v('水利基础设施', '水利', '水利工程', '水利设施', '河道治理'),
      v('文化旅游基础设施', '文化旅游', '文旅', '旅游'),
      v('林业草原基础设施', '林业草原', '林草', '林业', '草原'),
      // 城镇建设 (the demo's value) is the urban half of 城乡建设.
      v('城乡建设基础设施', '城乡建设', '城镇建设'),
      v('灾后恢复重建', '灾后重建'),
      v('能源'),
      v('生态环境'),
      v('其他', '其它'),
    ],
  },
  /** 发放方式 of labour pay. */
  payMethods: {
    column: '发放方式',
    noun: '方式',
    values: [
      v('银行代发', '银行代发工资', '代发工资'),
      // A transfer into the worker's account (not 转账 alone, which includes WeChat). Not 社保卡: another card,
      // which a county paying that way adds.
      v('银行卡', '银行转账'),
      // Quotes are ignored when comparing, so this also accepts 惠民惠农“一卡通”.
      v('一卡通', '惠民惠农一卡通', '惠民惠农财政补贴资金一卡通'),
      v('现金', '现金发放'),
      v('其他', '其它'),
    ],
  },
  /** 检查阶段 of an inspection. */
  inspectionStages: {
    column: '检查阶段',
    noun: '阶段',
    values: [
      v('筹备', '筹备阶段', '前期', '前期阶段'),
      v('实施', '实施阶段', '施工', '施工阶段'),
      // An inspection on completion is the acceptance check.
      v('验收', '验收阶段', '完工', '竣工验收'),
    ],
  },
  /** 项目状态. */
  projectStatuses: {
    column: '项目状态',
    noun: '状态',
    values: [
      v('谋划', '谋划中', '储备', '前期'),
      v('实施中', '在建', '施工中', '建设中'),
      v('已完工', '完工', '已建成'),
      v('已验收', '竣工验收', '已竣工验收'),
    ],
  },
  /** 建设性质 of a project, as notices print it (one cell may name two: 新建、改建). */
  constructionKinds: {
    column: '建设性质',
    noun: '性质',
    values: [v('新建'), v('改建', '改造'), v('扩建'), v('改扩建'), v('续建')],
  },
  /**
   * 实施方式: who builds. 村民自建 and 项目理事会 are the forms 《国家以工代赈管理办法》 encourages for small
   * projects; 不招标 is kept as written, as notices print it, rather than folded into 其他.
   */
  implementationMethods: {
    column: '实施方式',
    noun: '方式',
    values: [
      v('村民自建', '群众自建', '村民自建自营', '以工代赈村民自建', '自建'),
      v('项目理事会', '项目理事会自建', '项目理事会组织实施', '理事会'),
      v('招标', '公开招标', '邀请招标', '招投标', '施工招标'),
      v('不招标', '不进行招标', '依法不招标'),
      v('其他', '其它'),
    ],
  },
} as const satisfies Record<string, VocabularyDefault>;

export type VocabularyId = keyof typeof VOCABULARY_DEFAULTS;
/** Chinese column name of a vocabulary: its key in site.json. */
export type VocabularyColumn = (typeof VOCABULARY_DEFAULTS)[VocabularyId]['column'];

export const VOCABULARY_IDS = Object.keys(VOCABULARY_DEFAULTS) as VocabularyId[];
