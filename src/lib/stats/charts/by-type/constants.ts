export const ID = 'by-type' as const;
export const TITLE = '分项目类型';
export const SVG_TITLE = '分项目类型预计和已发放劳务报酬';
export const SVG_DESC = '每种项目类型两条横条：预计和已发放劳务报酬。';
export const TABLE_TITLE = '分项目类型项目与劳务报酬';
export const TABLE_DESCRIPTION = '按项目类型汇总。';
export const KEY = '项目类型';
