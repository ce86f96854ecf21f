import type { Scope } from '../../../indicators/indicators.ts';

export const ID = 'trainings' as const;
/** Per month within a year, per year over all years. */
export const TITLE = (scope: Scope): string => (scope === null ? '各年度技能培训' : '各月技能培训');
export const SVG_TITLE = '技能培训人次';
export const SVG_DESC = '柱为按开始时间汇总的培训人次；期数和学时见下表。';
export const BAR_NAME = '培训人次';
export const HEIGHT = 200;
export const TABLE_DESCRIPTION = '按培训开始日期所在月份（全部年度页按年度）汇总的期数、学时和人次。';
export const TABLE_HEADER = (scope: Scope): string[] => [
  scope === null ? '年度' : '月份',
  '培训期数(期)',
  '培训学时(学时)',
  '培训人次(人)',
];
