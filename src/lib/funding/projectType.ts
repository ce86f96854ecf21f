/**
 * The fund type implied by 项目类型 when 资金来源 names none. Each mapping is a judgement, so the caller shows
 * `how` as a warning: the clerk can correct it by writing the fund in 资金来源.
 */
import { cleanText, toHalfWidth } from '../ingest/cells.ts';
import { fundType, type FundTypeId } from './types.ts';

/** 项目类型 wordings seen in county notices and in the demo, with the fund each one means. */
const EXACT = new Map<string, FundTypeId>(
  Object.entries({
    // The Ministry of Finance's own 以工代赈 stream (财政部以工代赈资金) was merged into the 中央财政衔接推进乡村振兴
    // 补助资金 in 2021 as its 以工代赈任务, so a "中央财政" 以工代赈 project is a 衔接资金 project.
    中央财政以工代赈项目: 'linkage',
    // Named after NDRC's fund itself.
    以工代赈中央预算内投资项目: 'central-budget',
    // 以工代赈示范项目 are an NDRC programme paid from the central budget.
    中央预算内以工代赈示范项目: 'central-budget',
    以工代赈示范项目: 'central-budget',
    // Named after the Ministry of Finance's 衔接资金.
    中央财政衔接资金以工代赈项目: 'linkage',
    // 农业农村中小型基础设施 is what NDRC's 以工代赈中央预算内投资 funds (its annual 投资计划 is for these).
    农业农村中小型基础设施以工代赈项目: 'central-budget',
    // A county's own list of projects run the 以工代赈 way with county money: no special fund behind them.
    县级以工代赈项目清单项目: 'local',
    县级以工代赈项目清单: 'local',
    // The demo's types: key projects adopting 以工代赈, ordinary rural infrastructure paid locally, and the
    // 以工代赈专项资金 that before the split was the NDRC fund (the site's old 30% rule was about it).
    重点工程项目: 'key-project',
    农业农村基础设施项目: 'local',
    以工代赈专项资金项目: 'central-budget',
  } satisfies Record<string, FundTypeId>),
);

/**
 * Keyword rules for other wordings, tried in order. 衔接/中央财政 first (the Ministry of Finance stream also says
 * 中央), then levels below the centre (a 县级…示范项目 is the county's), then NDRC's words; a bare 以工代赈 means
 * the NDRC fund, as above.
 */
const KEYWORDS: readonly [RegExp, FundTypeId][] = [
  [/衔接|中央财政|财政部/, 'linkage'],
  [/省级?(财政|预算内)?以工代赈/, 'provincial'],
  [/重点(工程|项目)/, 'key-project'],
  [/(市|州|县|区|旗|镇|乡)级|清单|地方/, 'local'],
  [/中央预算内|中央投资|示范|中小型基础设施|专项资金/, 'central-budget'],
  [/以工代赈/, 'central-budget'],
];

/**
 * The fund type a 项目类型 implies, with the Chinese sentence for the warning; undefined when the wording says
 * nothing about the fund (e.g. 村内道路).
 */
export function fundingOfProjectType(type: string): { type: FundTypeId; how: string } | undefined {
  const written = cleanText(type);
  const s = toHalfWidth(written).replace(/\s+/g, '');
  if (!s) return undefined;
  const id = EXACT.get(s) ?? KEYWORDS.find(([re]) => re.test(s))?.[1];
  if (!id) return undefined;
  return {
    type: id,
    how: `项目类型“${written}”按“${fundType(id).name}”认定资金类型；如不对，请在资金来源一列写明`,
  };
}
