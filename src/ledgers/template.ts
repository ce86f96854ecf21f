/**
 * Templates for staff, generated from the registry: each ledger's CSV (UTF-8 with BOM, the header row and one
 * example row) and a 填写说明 written from its column declarations, plus a site.json to fill in and its 填写说明
 * (fund types and vocabularies listed from their registries). The example rows of all ledgers refer to each
 * other, so a folder of templates validates as it is. Examples are placeholders (某某县, 0123-4567890): no
 * district's real names.
 */
import { FUND_TYPES, type FundType } from '../lib/funding/types.ts';
import { SITE_FILE } from '../lib/ingest/siteConfig.ts';
import { VOCABULARY_DEFAULTS, VOCABULARY_IDS } from '../lib/vocab/defaults.ts';
import { DEFAULT_NOTICE_DAYS } from '../schemas/site.ts';
import { COLLECTIONS } from './collections.ts';
import { REGISTRY, type AnyLedger, type Registry } from './registry.ts';

/** Quotes a cell the way Excel does: only when it holds a comma, quote or line break. */
const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csvLine = (cells: readonly string[]) => cells.map(cell).join(',');

export interface TemplateFile {
  name: string;
  text: string;
}

/** The instructions file of a ledger: projects.csv → projects.填写说明.txt */
export const instructionsName = (file: string) => `${file.replace(/\.csv$/i, '')}.填写说明.txt`;

/** What the ledger's rows become on the site, from the public collections it feeds. */
function published(ledger: AnyLedger): string {
  const titles = ledger.feeds.flatMap((f) => {
    const d = (COLLECTIONS[f] as { download?: { title: string; name: string } }).download;
    return d ? [`${d.title}（${d.name}.csv）`] : [];
  });
  return titles.length ? `经校验、汇总后用于网站和开放数据：${titles.join('、')}。` : '只用于校验和汇总。';
}

/** The 填写说明 of one ledger, CRLF so Notepad shows it right. */
export function instructions(ledger: AnyLedger, registry: Registry = REGISTRY): string {
  const header = (key: string) => ledger.columns.find((c) => c.key === key)?.header ?? key;
  const lines = [
    `${ledger.file}　${ledger.title}　填写说明`,
    '',
    ledger.required ? '数据文件夹中必须有这个文件。' : '可以没有这个文件，没有时按没有这类记录处理。',
    '第一行是表头，列名见下（列的顺序不限，括号全角半角均可）；必填列不能缺少，多出的列会被忽略并给出警告。',
    '编码可以是 UTF-8（带或不带 BOM）或 GB18030/GBK（Excel“CSV (逗号分隔)”）。末尾的“合计”行和空行会被跳过。',
    published(ledger),
  ];
  if (ledger.key)
    lines.push(`每行的“${header(ledger.key.column)}”不能重复${ledger.key.caseInsensitive ? '（不区分大小写）' : ''}。`);
  for (const u of ledger.unique ?? []) lines.push(`“${header(u.column)}”不能重复。`);
  if (ledger.identicalRows || ledger.key?.identicalRows) lines.push('与前面某一行完全相同的行是重复录入，会被拒绝。');
  for (const r of ledger.references ?? []) {
    const to = registry.get(r.to);
    const key = to.columns.find((c) => c.key === to.key!.column)!.header;
    lines.push(`“${header(r.column)}”填写的必须是${to.title}（${to.file}）中已有的${key}。`);
  }
  lines.push('', '各列：');
  ledger.columns.forEach((c, i) => {
    const tags = [c.required ? '必填列' : '可选列', c.public ? '公开' : '不公开'];
    if (c.personal) tags.push('个人信息，绝不出现在网站上');
    lines.push('', `${i + 1}. ${c.header}（${tags.join('，')}）`);
    lines.push(`   ${c.description}`);
    lines.push(`   填写：${c.cell.describe}${c.unit ? `；单位：${c.unit}` : ''}`);
    if (c.aliases?.length) lines.push(`   也认可的列名：${c.aliases.join('、')}`);
    if (c.example) lines.push(`   例：${c.example.replace(/\n/g, ' / ')}`);
  });
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The site.json a county fills in: every setting it should change, with placeholders, and one example entry of
 * `funding` (a province's share for 衔接资金) and an empty entry per vocabulary (JSON has no comments, so the
 * entries show where things go). `headlineYear` and `dataUpdated` are left out: blank means automatic.
 */
export const SITE_TEMPLATE = {
  district: '某某县',
  districtFullName: '某某省某某市某某县',
  publisher: '某某县发展和改革局',
  hotlines: [{ label: '某某县以工代赈工作监督电话', number: '0123-4567890' }],
  noticeDays: DEFAULT_NOTICE_DAYS,
  siteUrl: 'https://ygdz.example.cn',
  funding: { 衔接资金: { percent: 25, source: '请填写省级文件名称' } },
  vocabularies: Object.fromEntries(
    VOCABULARY_IDS.map((id) => [VOCABULARY_DEFAULTS[id].column, { add: [] as string[], synonyms: {} }]),
  ),
  privacy: { publishPayoutList: true },
};

/** The site.json template as written: two-space JSON, CRLF so Notepad shows it right. */
export const siteTemplateText = () => `${JSON.stringify(SITE_TEMPLATE, null, 2).replace(/\n/g, '\r\n')}\r\n`;

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join('、');

/** The 填写说明 of site.json: each setting, the fund types `funding` accepts and the vocabularies' defaults. */
export function siteInstructions(): string {
  const funds = FUND_TYPES as readonly FundType[];
  const withShare = funds.filter((t) => t.hasShare);
  const without = funds.filter((t) => !t.hasShare);
  const lines = [
    `${SITE_FILE}　站点设置　填写说明`,
    '',
    '用记事本等文本编辑器打开，保存为 UTF-8。格式是 JSON：名称和文字都用英文双引号，数字不加引号，',
    '每项之间用英文逗号隔开，最后一项后面不能有逗号。可以删除不需要的设置（删除后按默认值）。',
    '没有这个文件时网站照样生成，但会显示“本区县”等默认名称，所以请务必填写。',
    '这个文件和台账一起校验：写错时给出行号和改法（npm run validate -- <文件夹>）。',
    '',
    '各项设置：',
    '',
    '1. district（区县简称，如“某某县”）：网站正文中称呼本县时使用，如“某某县以工代赈工作机制”。',
    '2. districtFullName（区县全称，如“某某省某某市某某县”）：网站名称“<全称>以工代赈信息公开”。',
    '3. publisher（主办单位，如“某某县发展和改革局”）：显示在页脚和公示单上。',
    '4. hotlines（全县监督电话，可以有多个）：每个写成 { "label": "电话的用途", "number": "号码" }，',
    '   用英文逗号隔开放在 [ ] 中；号码只能包含数字、括号、空格和“-”。显示在每页页脚和项目公示的监督渠道中，',
    '   项目自己的监督电话另外填在 projects.csv 中。',
    '   模板中的 0123-4567890 是虚构的号码，请换成本县的电话。',
    `5. noticeDays（公示天数，1–90，默认 ${DEFAULT_NOTICE_DAYS}）：项目只填了公示开始日期、没有公示结束日期时，按这个天数计算公示期。`,
    '6. siteUrl（网站公开地址）：用于公示单上的二维码、站点地图和订阅；模板中的 example.cn 地址请换成本县网站的地址。',
    '7. headlineYear（可不写）：首页主要显示的年度，如 2024（数字，不加引号）。不写时取有务工或发放记录的最近年度。',
    '8. dataUpdated（可不写）：“数据更新于”的日期，如 "2024-03-01"。不写时取最后一次修改数据文件夹的提交日期。',
    '9. privacy.publishPayoutList（true 或 false，默认 true）：是否公开每个项目脱敏的逐笔发放名单（姓名打星号，只显示村名）。',
    '10. payShareThresholdPercent：已停用。旧的 site.json 中有这一项时照样可以生成网站，但会给出警告并忽略它；',
    '   劳务报酬占比要求现在按资金类型确定，见下面的 funding。',
    '',
    '11. funding（资金类型的劳务报酬占比下限，可不写）',
    '   劳务报酬占比 = 预计劳务报酬 ÷ 以工代赈专项资金，按项目的资金类型（projects.csv 的“资金来源”，留空时按“项目类型”）',
    '   判断是否达到下限。专项资金的金额取“以工代赈专项资金(万元)”一列，没填时取“资金来源”中写的这笔资金的金额，',
    '   再没有时取“中央资金(万元)”（省级以工代赈资金取“省级资金(万元)”）。比例印到两位小数，但不会因四舍五入跨过下限。',
    '   国家有统一规定的不用填写；省里（或本县）另有规定的，在这里按资金类型填写：',
    '     "funding": { "衔接资金": { "percent": 25, "source": "某某省发展改革委 2024 年通知" } }',
    '   每种资金可以写：',
    '     percent：各年通用的最低比例，30 表示 30%（数字，不加引号和百分号，最多 4 位小数）；',
    '     years：按年度的最低比例，如 { "2024": 25, "2025": 30 }，年度是项目的年度，优先于 percent；',
    '     source：比例的依据（文件名称），必填，显示在网站上比例的旁边。',
    '   percent 和 years 至少写一个。项目自己的“劳务报酬占比要求”一列填了时，以项目的为准。',
    '   模板中的“衔接资金 25%”只是示例：请改成省里文件规定的比例和文件名称，省里没有规定时删除这一项（"funding": {}）。',
    '   可以设置的资金类型（名称写哪一个都可以）：',
    ...withShare.flatMap((t) => [
      `     ${quoted([t.name, ...t.aliases, t.id])}`,
      `       ${t.rule}${t.defaults.length ? '；不填写时按国家规定' : '；不填写时只显示比例，不判断是否达标'}。`,
    ]),
    `   ${without.map((t) => `“${t.name}”`).join('和')}不设劳务报酬占比下限，不能写在这里。`,
    '',
    '12. vocabularies（词表：本县添加的可选值和同义词，可不写）',
    '   下面这些列只能填固定的可选值（全国通用的默认值见下）。本县另有写法时在这里添加，每一列写成',
    '     "人员类别": { "add": ["本县添加的值"], "synonyms": { "本县的写法": "它对应的值" } }',
    '   add：本县另外使用的值，显示在默认值之后；不能与默认值重复，不能包含顿号、逗号、分号、斜杠。',
    '   synonyms：另一种写法 → 它算作的值（默认值或 add 中添加的值）。台账中用同义词时照样通过，',
    '   但每处都会给出警告，写明按哪个值统计，所以不会悄悄归错类。默认值不能删除。',
    '   不需要的列可以删除，也可以保留空的 { "add": [], "synonyms": {} }。各列的默认值：',
    ...VOCABULARY_IDS.map((id) => {
      const v = VOCABULARY_DEFAULTS[id];
      return `     ${v.column}：${v.values.map((x) => x.value).join('、')}`;
    }),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Every ledger's CSV template and 填写说明, in registry order, then site.json and its 填写说明. */
export function templateFiles(registry: Registry = REGISTRY): TemplateFile[] {
  return [
    ...registry.ledgers.flatMap((l) => [
      {
        name: l.file,
        text: `\uFEFF${csvLine(l.columns.map((c) => c.header))}\r\n${csvLine(l.columns.map((c) => c.example))}\r\n`,
      },
      { name: instructionsName(l.file), text: instructions(l, registry) },
    ]),
    { name: SITE_FILE, text: siteTemplateText() },
    { name: `${SITE_FILE}.填写说明.txt`, text: siteInstructions() },
  ];
}
