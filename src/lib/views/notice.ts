/** What a project's notice page (公示) shows besides its facts: its rows from the per-project indexes, and links. */
import type { Inspection } from '../../schemas/inspection.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import type { Project } from '../../schemas/project.ts';
import type { Training } from '../../schemas/training.ts';
import { paidOfPlanned } from '../indicators/projectShare.ts';
import type { Lookup } from '../lookup.ts';
import { absoluteUrl, payoutsPath, printPath, projectPath } from '../routes.ts';
import { noticePeriod } from './projectFacts.ts';

export interface NoticePageView {
  /** 公示期 */
  period: string;
  months: readonly PayoutMonth[];
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
  return {
    period: noticePeriod(p),
    months: lookup.payoutMonthsOf(p.id),
    classes: lookup.trainingsOf(p.id),
    visits: lookup.inspectionsOf(p.id),
    paidShare: paidOfPlanned(p) ?? '—',
    printHref: printPath(p.id),
    payoutsHref: site.publishPayoutList && lookup.payoutListOf(p.id) ? payoutsPath(p.id) : undefined,
    url: absoluteUrl(projectPath(p.id), site.siteUrl),
  };
}
