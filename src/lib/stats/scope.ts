/** How a statistics scope (a year, or null for all years) is named in text and in file and element names. */
import type { Scope } from '../indicators/indicators.ts';

/** "2023年" or "全部年度", at the head of titles and sentences. */
export const scopeLabel = (scope: Scope): string => (scope === null ? '全部年度' : `${scope}年`);

/** "2023" or "all", in download paths and element ids. */
export const scopeName = (scope: Scope): string => (scope === null ? 'all' : String(scope));
