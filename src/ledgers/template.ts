/**
 * CSV templates for staff, generated from the registry: each ledger's CSV (UTF-8 with BOM, the header row and
 * one example row) and a 填写说明 written from its column declarations. The example rows of all ledgers refer
 * to each other, so a folder of templates validates as it is.
 */
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

/** Every ledger's CSV template and 填写说明, in registry order. */
export function templateFiles(registry: Registry = REGISTRY): TemplateFile[] {
  return registry.ledgers.flatMap((l) => [
    {
      name: l.file,
      text: `\uFEFF${csvLine(l.columns.map((c) => c.header))}\r\n${csvLine(l.columns.map((c) => c.example))}\r\n`,
    },
    { name: instructionsName(l.file), text: instructions(l, registry) },
  ]);
}
