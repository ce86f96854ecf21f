export const ID = 'by-subdistrict' as const;
export const TITLE = '分街道项目与劳务报酬';
export const SVG_TITLE = '分街道预计和已发放劳务报酬';
export const SVG_DESC = '每个街道两条横条：预计劳务报酬和已发放劳务报酬，括号内为项目数。';
export const TABLE_TITLE = '分街道项目与劳务报酬';
export const TABLE_DESCRIPTION = '按街道汇总的项目数、吸纳务工人数、预计和已发放劳务报酬。';
export const KEY = '街道';
