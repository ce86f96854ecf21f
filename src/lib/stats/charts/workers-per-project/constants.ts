export const ID = 'workers-per-project' as const;
/** Most bars the chart draws: thousands of bars say nothing on a phone; the table has every project. */
export const MAX_BARS = 30;
export const TITLE = '各项目计划与实际用工';
export const SVG_TITLE = '各项目计划用工与吸纳务工人数';
export const SVG_DESC = '每个项目两条横条：计划用工人数和实际吸纳务工人数。';
export const SERIES = [
  { name: '计划用工', className: 'bar-b' },
  { name: '实际吸纳', className: 'bar-a' },
] as const;
export const TABLE_TITLE = '各项目计划与实际用工';
export const TABLE_DESCRIPTION = '各项目实施方案的计划用工人数和务工花名册中的吸纳务工人数。';
export const TABLE_HEADER = ['项目编号', '项目名称', '计划用工人数(人)', '吸纳务工人数(人)'] as const;
