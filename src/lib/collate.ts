/** Chinese collation (pinyin order), for names of subdistricts, villages and companies. */
const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
export const byChinese = (a: string, b: string): number => collator.compare(a, b);
