import { describe, expect, it } from 'vitest';
import { maskName } from '../../src/lib/privacy/mask.ts';

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['张三明', '张*明'],
    ['张三明华', '张**华'],
    ['欧阳明', '欧阳*'],
    ['欧阳明华', '欧阳*华'],
    ['司马相如', '司马*如'],
    ['𠮷野家', '𠮷*家'],
    ['王䶮', '王*'],
    ['阿依古丽·买买提', '阿******提'],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked));

  it('never leaves the full given name', () => {
    for (const n of ['李明', '王小红', '欧阳娜娜']) expect(maskName(n)).not.toContain(n.slice(1));
  });
});
