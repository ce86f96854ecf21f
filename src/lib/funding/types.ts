/**
 * The registry of funding types (资金类型). The fund behind a project decides its labour-pay rule: NDRC's
 * central-budget money has a national minimum share, the Ministry of Finance's 衔接资金 and provincial funds
 * have one the province sets, local money has none. Adding a type is one entry in FUND_TYPES.
 */

/** A minimum labour-pay share as an exact rational of the fund (30% → 30/100, 33.08% → 3308/10000). */
export interface Share {
  num: number;
  den: number;
}

/** A built-in minimum share for a range of years (both ends included, open when absent). */
export interface YearDefault {
  fromYear?: number;
  toYear?: number;
  /** The share as a percent string, as the rule writes it: '30'. */
  percent: string;
  /** Where the rule comes from, shown beside the share. */
  source: string;
}

export interface FundTypeEntry {
  /** Short English id used in code and accepted as a site.json key. */
  id: string;
  /** Canonical Chinese name, as notices write it; the natural site.json key. */
  name: string;
  /** Shorter Chinese names a clerk may use as site.json keys. */
  aliases: readonly string[];
  /**
   * A 以工代赈 special fund: its amount is the base of the labour-pay share, and among several funds named in
   * one 资金来源 it is the type. Local money is a part of the funding but never the type when a special fund is named.
   */
  special: boolean;
  /**
   * May carry a minimum share at all. False for local money and key projects: they show no share, and site.json
   * may not give them one.
   */
  hasShare: boolean;
  /** Words (on half-width text without spaces) that recognise the fund in 资金来源. */
  words: readonly RegExp[];
  /** Words that rule the fund out even when `words` match (a 县级以工代赈 fund is not the central one). */
  notWords: readonly RegExp[];
  /** Built-in minimum shares by year; empty when there is no national number. */
  defaults: readonly YearDefault[];
  /** The rule in one sentence, for the data dictionary and the settings page. */
  rule: string;
}

/** A level below the centre written before 以工代赈: the fund is then the province's or the county's own. */
const LOCAL_LEVEL = /(省|市|州|盟|县|区|旗|镇|乡|地方)级?(财政|政府|预算内|本级)?(安排|投入)?(的)?以工代赈/;

/**
 * Order matters for recognition: the first entry whose words match a fund name wins, so the Ministry of Finance
 * stream (its name also says 中央) is tried before NDRC's, and the specific local ones before plain local money.
 */
export const FUND_TYPES = [
  {
    id: 'linkage',
    name: '中央财政衔接推进乡村振兴补助资金（以工代赈任务）',
    aliases: ['衔接资金', '中央财政衔接资金', '中央财政衔接推进乡村振兴补助资金'],
    special: true,
    hasShare: true,
    // The old 财政部以工代赈资金 (中央财政以工代赈) was merged into the 衔接资金 in 2021 as its 以工代赈任务.
    words: [/衔接/, /中央财政以工代赈/, /财政部.*以工代赈/, /中央财政.*以工代赈/],
    notWords: [],
    defaults: [],
    rule: '劳务报酬占衔接资金（以工代赈任务）的最低比例由省级部门确定，国家未统一规定',
  },
  {
    id: 'central-budget',
    name: '以工代赈中央预算内投资',
    aliases: ['中央预算内投资', '以工代赈中央投资', '以工代赈专项资金'],
    special: true,
    hasShare: true,
    // 中央投资 and 预算内 are NDRC's words; a bare 以工代赈资金/专项资金 is, in notices, the NDRC fund.
    words: [
      /中央预算内/,
      /以工代赈中央/,
      /中央(专项)?投资/,
      /发展改革委|发改委|发改委员会/,
      /以工代赈(专项)?(资金|投资)/,
    ],
    notWords: [/衔接/, /中央财政/, /财政部/, LOCAL_LEVEL],
    defaults: [
      {
        toYear: 2021,
        percent: '15',
        source: '国家发展改革委：2022 年以前劳务报酬占中央预算内投资比例不低于 15%',
      },
      {
        fromYear: 2022,
        percent: '30',
        source: '国家发展改革委：2022 年起劳务报酬占中央预算内投资比例不低于 30%（此前不低于 15%），国办函〔2022〕58号',
      },
    ],
    rule: '劳务报酬占以工代赈中央预算内投资的比例：2022 年起不低于 30%，此前不低于 15%',
  },
  {
    id: 'provincial',
    name: '省级以工代赈资金',
    aliases: ['省级资金', '省级以工代赈'],
    special: true,
    hasShare: true,
    words: [/省(级|本级)?(财政|预算内)?(安排|投入)?(的)?(以工代赈|基建)/],
    notWords: [],
    defaults: [],
    rule: '劳务报酬占省级以工代赈资金的最低比例由省级部门确定，国家未统一规定',
  },
  {
    id: 'key-project',
    name: '重点工程',
    aliases: ['重点工程项目'],
    special: false,
    hasShare: false,
    words: [/重点(工程|项目)/],
    notWords: [],
    defaults: [],
    rule: '重点工程项目按项目自身的用工要求实施以工代赈，不设劳务报酬占比下限',
  },
  {
    id: 'local',
    name: '地方政府投资',
    aliases: ['地方资金', '地方配套资金'],
    special: false,
    hasShare: false,
    words: [/配套/, /地方/, /(省|市|州|盟|县|区|旗|镇|乡)(级|本级)/, /财政/, /自筹/, /政府投资/, /整合/],
    // Central money that names neither stream (中央财政资金, 中央资金) is not local: left unrecognised.
    notWords: [/中央/],
    defaults: [],
    rule: '地方政府投资不设劳务报酬占比下限',
  },
] as const satisfies readonly FundTypeEntry[];

export type FundTypeId = (typeof FUND_TYPES)[number]['id'];
export type FundType = FundTypeEntry & { id: FundTypeId };

const BY_ID = new Map<string, FundType>(FUND_TYPES.map((t) => [t.id, t]));

/** The registry entry of an id. */
export function fundType(id: FundTypeId): FundType {
  return BY_ID.get(id)!;
}

export const isFundTypeId = (s: string): s is FundTypeId => BY_ID.has(s);

const BY_NAME = new Map<string, FundType>(FUND_TYPES.map((t) => [t.name, t]));
/** The fund type a published project names (its canonical Chinese name), if any. */
export const fundTypeNamed = (name: string | undefined): FundType | undefined =>
  name === undefined ? undefined : BY_NAME.get(name);
