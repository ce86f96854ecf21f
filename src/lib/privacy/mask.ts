/** Two-character surnames (复姓) kept whole when masking, so 欧阳明华 becomes 欧阳*华, not 欧*明华. */
const COMPOUND_SURNAMES = new Set(
  [
    '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 独孤 南宫 西门 百里 呼延',
    '万俟 澹台 公冶 太史 申屠 闻人 赫连 第五 濮阳 淳于 单于 东郭 公羊 仲孙 拓跋 左丘 梁丘 亓官 司空 司寇 谷梁 宰父',
    '羊舌 微生 漆雕 乐正 壤驷 巫马 鲜于 南门',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Masks a person's name for public payout lists: surname kept, given name starred except its last
 * character when it has two or more: 张* / 张*明 / 张**华 / 欧阳* / 欧阳*华. Works on code points (𠮷).
 */
export function maskName(name: string): string {
  const chars = Array.from(name.replace(/\s+/g, ''));
  if (chars.length === 0) return '';
  const surnameLength = chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0] + chars[1]) ? 2 : 1;
  const surname = chars.slice(0, surnameLength).join('');
  const given = chars.slice(surnameLength);
  if (given.length <= 1) return `${surname}*`;
  return `${surname}${'*'.repeat(given.length - 1)}${given[given.length - 1]}`;
}
