export const ID = 'by-sector' as const;
export const TITLE = '分行业领域';
export const SVG_TITLE = '分行业领域预计和已发放劳务报酬';
export const SVG_DESC = '每个行业领域两条横条：预计和已发放劳务报酬。';
export const TABLE_TITLE = '分行业领域项目与劳务报酬';
export const TABLE_DESCRIPTION = '按行业领域汇总。';
export const KEY = '行业领域';
