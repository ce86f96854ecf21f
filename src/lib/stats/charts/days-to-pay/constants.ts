import { PAY_DUE_DAYS } from '../../../indicators/payTiming.ts';

export const ID = 'days-to-pay' as const;
export const TITLE = '劳务报酬发放用时';
export const SVG_TITLE = '从务工月份结束到发放的天数';
export const SVG_DESC = `每根柱为一个天数区间内发放的笔数；${PAY_DUE_DAYS} 天以内为及时发放。`;
export const BAR_NAME = '笔数';
export const HEIGHT = 200;
export const TABLE_TITLE = '劳务报酬发放用时';
export const TABLE_DESCRIPTION = '已发放各笔从务工月份结束到发放日期的天数分布。';
export const TABLE_HEADER = ['发放用时', '笔数(笔)'] as const;
