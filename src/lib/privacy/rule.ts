/**
 * The disclosure rule, stated once. Every page, download, README and the methodology page quote
 * these strings, so "<5" means the same everywhere.
 */

/** Counts below this are never published as numbers; groups smaller than this publish no breakdown. */
export const SMALL = 5;

/** Marks for withheld counts, as printed on pages and in downloads. */
export const LT5_MARK = '<5';
export const HIDDEN_MARK = '—';

/**
 * What "<5" means: the one definition. Every page and download that shows the mark quotes it (SUPPRESSION_NOTE
 * opens with it), and tests/build/journalist.test.ts checks no page or file says anything else.
 */
export const LT5_DEFINITION = `“${LT5_MARK}”表示 0–${SMALL - 1} 人`;
/** What "—" means where a count is withheld. */
export const HIDDEN_DEFINITION = `“${HIDDEN_MARK}”表示为防止推算而不公布，可能是任何人数`;

/** What the marks mean: printed under every table that may contain them and in every download's README. */
export const SUPPRESSION_NOTE = `${LT5_DEFINITION}；${HIDDEN_DEFINITION}。务工人员不足 ${SMALL} 人的项目或年度不公布人员类别构成。`;

/** Printed beside category counts when some worker belongs to more than one category. */
export const OVERLAP_NOTE =
  '一人可以同时属于多个人员类别（如“脱贫人口、返乡农民工”），各类别人数分别统计，相加可能大于务工人数。';

/** The rule in full, for the methodology page and the data dictionary. */
export const SUPPRESSION_RULE = [
  '人员类别只以汇总人数公布，不公布任何人的类别。',
  '1–4 人的类别人数写作“<5”。',
  '务工人员不足 5 人的项目或年度，各类别都写作“<5”（全部年度合计为 0 的类别仍写 0），页面上不显示构成表：人数太少时，即使不做计算也能对上具体的人。',
  '一个项目或年度的全部务工人员都属于同一类别时，这个人数也不公布（写作“—”），否则项目发放名单上的每个人的类别就被公开了。',
  '为防止用合计相减推算，再隐藏相邻的数（0–4 写作“<5”，5 及以上写作“—”），直到读者把网站和下载文件中公布的全部数字（各项目、各年度、全部年度的人数和合计）联立成整数方程组求解，也无法把任何一个被隐藏的数确定为唯一的值。',
  '每次构建都用整数规划求解器（HiGHS）逐一核查：对每个被隐藏的数，都找到另一组与全部公布数字相符、而这个数不同的整数解；找不到就继续隐藏，直到找到为止。',
  '一人属于多个类别时（如“脱贫人口、返乡农民工”），每个类别都计入，各类别人数相加可能大于务工人数。这时核查假定读者知道：每个类别的人数不超过务工人数，各类别人数之和不少于务工人数（每人至少属于一个类别）。',
  '少于 5 人时不计算百分比。',
] as const;

/** A group of 1–4 people publishes no breakdown. */
export const isTinyGroup = (size: number): boolean => size > 0 && size < SMALL;
