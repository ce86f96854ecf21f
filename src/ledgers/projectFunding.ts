/**
 * A project's funding as its row states it: which fund pays (from 资金来源, or from 项目类型 where that is blank),
 * the amount the labour-pay share is measured against, the rule that applies and the share itself. The row parser
 * of projects.csv calls this once per row; what it finds worth a clerk's second look comes back as warnings.
 */
import {
  fundingOfProjectType,
  fundType,
  payShare,
  payShareRule,
  recogniseFunding,
  type FundingSettings,
  type FundTypeId,
  type ShareText,
} from '../lib/funding/index.ts';
import { wan } from '../lib/format.ts';
import type { Qualifier } from '../schemas/project.ts';

export interface FundingInput {
  year: number;
  type: string;
  fundingSource?: string;
  /** 以工代赈专项资金(万元), in 分. */
  reliefFundFen?: number;
  centralFundFen?: number;
  provincialFundFen?: number;
  plannedPayFen: number;
  plannedPayQualifier?: Qualifier;
  /** 劳务报酬占比要求 of this project, if the row states one. */
  requirement?: ShareText;
}

export interface FundingOutcome {
  fundType?: string;
  fundTypeFrom?: '资金来源' | '项目类型';
  /** The special fund's amount: the base of the share (the ledger's column, else what 资金来源 states). */
  reliefFundFen?: number;
  payRule?: { required: { num: number; den: number }; text: string; source: string; fund: string };
  payShare?: { num: number; den: number; text: string; met?: boolean };
  warnings: Array<{ column: 'fundingSource' | 'type' | 'reliefFundFen' | 'shareRequirement'; message: string }>;
}

/** 项目类型 whose own words say no 以工代赈 fund pays (the demo's): reading them as local money is certain. */
const SAYS_NO_FUND = new Set(['重点工程项目', '农业农村基础设施项目']);

const KNOWN =
  '以工代赈中央预算内投资、中央财政衔接推进乡村振兴补助资金（以工代赈任务）、省级以工代赈资金、地方政府投资';

export function resolveFunding(f: FundingInput, settings: FundingSettings): FundingOutcome {
  const out: FundingOutcome = { warnings: [] };
  let type: FundTypeId | undefined;
  let statedFen: number | undefined;
  if (f.fundingSource) {
    const r = recogniseFunding(f.fundingSource);
    if (r.warning) out.warnings.push({ column: 'fundingSource', message: r.warning });
    if (r.type) {
      type = r.type;
      out.fundTypeFrom = '资金来源';
      statedFen = r.fundFen;
    } else
      out.warnings.push({
        column: 'fundingSource',
        message: `没有从“${f.fundingSource}”中认出资金类型，本项目不显示劳务报酬占比要求。请写明资金名称，如：${KNOWN}`,
      });
  } else {
    const m = fundingOfProjectType(f.type);
    if (m) {
      type = m.type;
      out.fundTypeFrom = '项目类型';
      // Every reading of a county's wording is named, so a clerk can check it. Only the two types that say outright
      // that no special fund pays need no check: a wrong reading of them could not add or drop a rule.
      if (fundType(m.type).hasShare || !SAYS_NO_FUND.has(f.type)) out.warnings.push({ column: 'type', message: m.how });
    }
  }
  if (!type) return out;
  const t = fundType(type);
  out.fundType = t.name;
  if (!t.special) {
    if (f.requirement)
      out.warnings.push({
        column: 'shareRequirement',
        message: `资金类型为“${t.name}”，不设劳务报酬占比下限，已忽略这一栏`,
      });
    return out;
  }

  // The base: the ledger's own column first; else what 资金来源 states; else the 资金构成 amount of that level.
  const byLevel = type === 'provincial' ? f.provincialFundFen : f.centralFundFen;
  const base = f.reliefFundFen ?? statedFen ?? byLevel;
  if (f.reliefFundFen !== undefined && statedFen !== undefined && statedFen !== f.reliefFundFen)
    out.warnings.push({
      column: 'reliefFundFen',
      message: `以工代赈专项资金 ${wan(f.reliefFundFen)} 万元与资金来源中写的 ${wan(statedFen)} 万元不一致，按这一栏计算劳务报酬占比，请核对`,
    });
  out.reliefFundFen = base;

  const rule = payShareRule({ year: f.year, fundType: type, projectRequirement: f.requirement, settings });
  if (rule)
    out.payRule = { required: rule.required, text: rule.requiredText, source: rule.source, fund: rule.fundName };
  const share = payShare(f.plannedPayFen, base, rule);
  if (share) {
    // A floor of planned pay gives a floor of the share: meeting the rule on the floor proves it; falling short
    // of it proves nothing, so no verdict then. An approximate plan gives no verdict either.
    const certain = f.plannedPayQualifier === undefined || (f.plannedPayQualifier === '下限' && share.met === true);
    const verdict = certain && share.met !== undefined ? { met: share.met } : {};
    out.payShare = { num: share.num, den: share.den, text: share.text, ...verdict };
  }
  return out;
}
