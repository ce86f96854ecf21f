import { describe, expect, it } from 'vitest';
import { parseIdCard } from '../../src/lib/ingest/idcard.ts';
import { IDS } from '../helpers/ledgers.ts';

const today = '2026-01-01';

describe('parseIdCard (GB 11643)', () => {
  it('accepts valid numbers and reads birth date and gender', () => {
    const r = parseIdCard(IDS[0], today);
    expect(r).toEqual({ ok: true, value: { number: '11010519491231002X', birthDate: '1949-12-31', gender: '女' } });
    const m = parseIdCard(IDS[1], today);
    expect(m.ok && m.value.gender).toBe('男');
  });
  it('accepts a lower-case x and full-width digits', () => {
    expect(parseIdCard('11010519491231002x', today).ok).toBe(true);
    expect(parseIdCard('１１０１０５１９４９１２３１００２Ｘ', today).ok).toBe(true);
  });
  it('rejects a wrong check digit', () => {
    const r = parseIdCard('110105194912310039', today);
    expect(r.ok ? '' : r.message).toContain('校验位不对');
  });
  it('explains numbers Excel turned into scientific notation, with the fix', () => {
    const r = parseIdCard('3.70613E+17', today);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain('科学计数法');
    expect(r.ok ? '' : r.message).toContain('设置单元格格式');
  });
  it('points at Excel when the last digits became zeros', () => {
    const r = parseIdCard('370613198001010000', today);
    expect(r.ok ? '' : r.message).toContain('Excel');
  });
  it('rejects impossible birth dates, 15-digit numbers and wrong lengths', () => {
    expect(parseIdCard('370613198002300011', today).ok).toBe(false);
    expect(parseIdCard('370613800101001', today).ok).toBe(false);
    expect(parseIdCard('3706131980010100', today).ok).toBe(false);
  });
});
