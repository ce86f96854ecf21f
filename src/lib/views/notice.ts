/** What a project's notice page (公示) shows besides its facts: its rows from the per-project indexes, and links. */
import type { Inspection } from '../../schemas/inspection.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import type { Project } from '../../schemas/project.ts';
import type { Training } from '../../schemas/training.ts';
import { paidOfPlanned } from '../indicators/projectShare.ts';
import type { Lookup } from '../lookup.ts';
import { absoluteUrl, payoutsPath, printPath, projectPath } from '../routes.ts';
import { batchLine } from './payouts.ts';
import { noticePeriod } from './projectFacts.ts';

export interface NoticePageView {
  /** 公示期 */
  period: string;
  months: readonly PayoutMonth[];
  /**
   * Where the project has no per-person rows, its batches, one line each: “2023年5月 31.50 万元，61 人（…发放）”.
   * Empty otherwise (the monthly table then shows the same pay).
   */
  batches: string[];
  classes: readonly Training[];
  visits: readonly Inspection[];
  /** 已发放 as a share of 预计, or "—". */
  paidShare: string;
  printHref: string;
  /** The masked payout list, where published. */
  payoutsHref: string | undefined;
  /** The notice's public address, printed on paper. */
  url: string;
}

export function noticePageView(
  p: Project,
  lookup: Lookup,
  site: { siteUrl: string; publishPayoutList: boolean },
): NoticePageView {
  const months = lookup.payoutMonthsOf(p.id);
  return {
    period: noticePeriod(p),
    months,
    batches: months.length > 0 ? [] : lookup.payoutBatchesOf(p.id).map(batchLine),
    classes: lookup.trainingsOf(p.id),
    visits: lookup.inspectionsOf(p.id),
    paidShare: paidOfPlanned(p) ?? '—',
    printHref: printPath(p.id),
    // The masked list exists for every project with per-person rows when the site publishes lists.
    payoutsHref: site.publishPayoutList && p.payoutRows > 0 ? payoutsPath(p.id) : undefined,
    url: absoluteUrl(projectPath(p.id), site.siteUrl),
  };
}
