import { describe, expect, it } from 'vitest';
import { hundredths, int, percent, wan, yuan, yuanText } from '../../src/lib/format.ts';

describe('format', () => {
  it('writes 元 with thousands separators from 分', () => {
    expect(yuan(123456789)).toBe('1,234,567.89');
    expect(yuan(5)).toBe('0.05');
    expect(yuan(-150)).toBe('-1.50');
  });
  it('writes 万元 with two decimals, rounding half up at 100 元', () => {
    expect(wan(276_500_000)).toBe('276.50');
    expect(wan(5_000)).toBe('0.01'); // 50 元 rounds up to 0.01 万元
    expect(wan(4_999)).toBe('0.00');
    expect(wan(1_234_567_890_000)).toBe('1,234,567.89');
  });
  it('writes 元 in running text without empty fen', () => {
    expect(yuanText(19_820_000)).toBe('198,200 元');
    expect(yuanText(143_050)).toBe('1,430.50 元');
  });
  it('writes counts, days and percentages', () => {
    expect(int(1234567)).toBe('1,234,567');
    expect(hundredths(2050)).toBe('20.5');
    expect(hundredths(2000)).toBe('20');
    expect(percent(1, 3)).toBe('33.3');
    expect(percent(2, 3)).toBe('66.7');
    expect(percent(3, 10)).toBe('30.0');
  });
});
