/**
 * The labour-pay share rule on a project's notice, in words: the minimum that applies and where it comes from,
 * the planned share (two decimals, never rounded across the line) and whether it is met. Nothing for a project
 * whose fund sets no minimum (local money, key projects): a rule that does not apply is never shown.
 */
import type { Project } from '../../schemas/project.ts';
import { wan } from '../format.ts';
import { plannedPayText } from './projectFacts.ts';

export interface PayRuleView {
  /** One or two sentences. */
  text: string;
  verdict: 'met' | 'not-met' | undefined;
}

export function payRuleView(p: Project): PayRuleView | undefined {
  const { payRule: rule, payShare: share, reliefFundFen: base } = p;
  if (!rule && !share) return undefined;
  const fund = rule?.fund ?? p.fundType ?? '以工代赈资金';
  // Project-level money in 万元, as everywhere on a notice.
  const pay = plannedPayText(p);
  const shareText =
    share &&
    (p.plannedPayQualifier === '下限'
      ? `不低于 ${share.text}（按预计劳务报酬下限计算）`
      : p.plannedPayQualifier === '约数'
        ? `约 ${share.text}`
        : share.text);
  const parts: string[] = [];
  if (share && base !== undefined) parts.push(`预计劳务报酬 ${pay}，占${fund} ${wan(base)} 万元的 ${shareText}。`);
  if (rule) {
    parts.push(`要求：不低于 ${rule.text}（依据：${rule.source}）。`);
    if (!share) parts.push(`台账未填写${fund}的金额，无法计算占比。`);
    else if (share.met === true) parts.push('达到要求。');
    else if (share.met === false) parts.push('未达到要求。');
    else if (p.plannedPayQualifier === '下限')
      parts.push('按预计劳务报酬的下限计算尚未达到，无法判断实际是否达到要求。');
    else parts.push('预计劳务报酬是约数，无法判断是否达到要求。');
  } else parts.push(`${fund}的劳务报酬占比要求由省级部门确定，本站点尚未设置，不作判断。`);
  const verdict = rule && share?.met !== undefined ? (share.met ? 'met' : 'not-met') : undefined;
  return { text: parts.join(''), verdict };
}
