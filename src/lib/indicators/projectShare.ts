import type { Project } from '../../schemas/project.ts';
import { percent } from '../format.ts';

/** A project's paid pay as a share of its planned pay ("97.1%"); undefined where nothing was planned. */
export function paidOfPlanned(p: Pick<Project, 'paidFen' | 'plannedPayFen'>): string | undefined {
  return p.plannedPayFen > 0 ? `${percent(p.paidFen, p.plannedPayFen)}%` : undefined;
}
