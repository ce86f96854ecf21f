/**
 * workers.csv 务工花名册 / 劳动力清单. PRIVATE: nothing of it is published per person but a masked name and the
 * village in a project's payout list; categories only as suppressed counts.
 */
import { GENDERS, YES_NO } from '../schemas/options.ts';
import { sharedTerms } from './vocabCells.ts';
import { Hash53, type Row } from '../lib/ingest/table.ts';
import { birthYear, code, date, idCard, option, personName, phone, text } from './cellTypes.ts';
import { byKey, col, defineLedger, type ReadContext } from './types.ts';
import { projectIdColumn } from './columns.ts';

const columns = [
  col({
    key: 'id',
    header: '人员编号',
    required: true,
    cell: code('人员编号'),
    public: false,
    example: 'W00001',
    description: '每人一个编号，不能重复；发放台账用它指明是谁',
  }),
  col({
    key: 'name',
    header: '姓名',
    required: true,
    cell: personName,
    public: false,
    personal: 'name',
    example: '张三',
    description: '务工人员姓名（不公开；发放名单只显示“张*明”）',
  }),
  col({
    key: 'idNumber',
    header: '身份证号',
    aliases: ['身份证号码', '公民身份号码'],
    required: true,
    cell: idCard,
    public: false,
    personal: 'id-number',
    example: '11010519491231002X',
    description: '18 位居民身份证号，校验位会核对，同一人只登记一次（不公开）',
  }),
  col({
    key: 'gender',
    header: '性别',
    required: false,
    cell: option(GENDERS),
    public: false,
    example: '',
    description: '留空则按身份证号计算（不公开）',
  }),
  col({
    key: 'birthYear',
    header: '出生年份',
    required: false,
    cell: birthYear,
    public: false,
    example: '',
    description: '留空则按身份证号计算；脱敏花名册（npm run minimise）中保留这一列（不公开）',
  }),
  col({
    key: 'subdistrict',
    header: '街道',
    required: true,
    cell: text,
    public: false,
    example: '某某镇',
    description: '务工人员户籍或居住的街道',
  }),
  col({
    key: 'village',
    header: '村(社区)',
    required: true,
    cell: text,
    public: true,
    example: '某某村',
    description: '务工人员所在村（社区），公开的发放名单中显示',
  }),
  col({
    key: 'categories',
    header: '人员类别',
    required: true,
    cell: sharedTerms('workerCategories'),
    public: false,
    example: '脱贫人口',
    description: '一人属于多个类别时都填上，用“、”隔开；个人的人员类别不公开，只公开经小数值保护的汇总人数',
  }),
  col({
    key: 'willing',
    header: '务工意愿',
    required: true,
    cell: option(YES_NO),
    public: false,
    example: '是',
    description: '摸底时是否有务工意愿',
  }),
  projectIdColumn({
    required: false,
    public: false,
    description: '安排到的项目（项目清单中的编号）；留空表示已摸底未安排',
  }),
  col({
    key: 'post',
    header: '岗位',
    required: false,
    cell: text,
    public: false,
    example: '普工',
    description: '务工岗位',
  }),
  col({
    key: 'entryDate',
    header: '进场日期',
    required: false,
    cell: date,
    public: false,
    example: '2024-04-02',
    description: '进场务工的日期',
  }),
  col({
    key: 'phone',
    header: '联系电话',
    aliases: ['手机号码'],
    required: false,
    cell: phone,
    public: false,
    personal: 'phone',
    example: '13800000000',
    description: '务工人员的电话（不公开）',
  }),
] as const;

type Col = (typeof columns)[number];

/**
 * What the ingest keeps of a roster row, once it is checked: what the payout list, the category counts and the
 * references need, and nothing else (a national roster has millions of rows). PRIVATE: lives only inside the
 * ingest.
 */
export interface WorkerRecord {
  id: string;
  /** 姓名 (masked only where published: 张*明). */
  name: string;
  /** 53-bit hash of the 身份证号, for the one-registration check: the number itself is not kept. */
  idNumber: number;
  /** 街道 and 村(社区): the village pay totals (villagePay) are per 街道 and village. */
  subdistrict: string;
  village: string;
  /** 人员类别, canonical and in vocabulary order; one list object per distinct combination (a roster repeats few). */
  categories: readonly string[];
  /** 出生年份, 性别 and 务工意愿 packed in one small integer (see profileOf): a national roster has millions of rows. */
  profile: number;
  projectId?: string;
  line: number;
  /** The worker's number in the payout totals; -1 until a payout row names the worker. */
  slot: number;
}

/** 性别 as stored in a profile: 0 when neither the ID number nor the 性别 column gives it (a minimised token). */
const SEXES = [undefined, '男', '女'] as const;

/** Packs what the labour statistics (/labour/) need of a person: birth year (0 unknown), sex, willingness. */
export function packProfile(born: number | undefined, gender: '男' | '女' | undefined, willing: boolean): number {
  return (born ?? 0) * 8 + (gender === '男' ? 1 : gender === '女' ? 2 : 0) * 2 + (willing ? 1 : 0);
}

/** The parts of a packed profile. */
export function profileOf(w: Pick<WorkerRecord, 'profile'>): {
  born?: number;
  gender?: '男' | '女';
  willing: boolean;
} {
  const born = Math.floor(w.profile / 8);
  return { born: born || undefined, gender: SEXES[(w.profile >> 1) & 3], willing: (w.profile & 1) === 1 };
}

/** Per ingest (its context): one string per distinct village and project. */
const perRun = new WeakMap<ReadContext, Map<string, string>>();
function intern(ctx: ReadContext, value: string): string {
  let strings = perRun.get(ctx);
  if (!strings) perRun.set(ctx, (strings = new Map()));
  const hit = strings.get(value);
  if (hit !== undefined) return hit;
  strings.set(value, value);
  return value;
}

const combinations = new Map<string, readonly string[]>();
let lastList: readonly string[] | undefined;
let lastShared: readonly string[] = [];
/** The one frozen list of a combination of categories, so millions of roster rows hold a handful of lists. */
function shared(list: readonly string[]): readonly string[] {
  // The cell type hands the same list to rows that wrote the same cell.
  if (list === lastList) return lastShared;
  const k = list.join('\u0000');
  let hit = combinations.get(k);
  if (!hit) combinations.set(k, (hit = Object.freeze(list)));
  lastList = list;
  lastShared = hit;
  return hit;
}

function parse(row: Row<Col>, ctx: ReadContext): WorkerRecord | undefined {
  const id = row.req('id');
  const name = row.req('name');
  const card = row.req('idNumber');
  const gender = row.opt('gender');
  const born = row.opt('birthYear');
  const subdistrict = row.req('subdistrict');
  const village = row.req('village');
  const categories = row.req('categories');
  const willing = row.req('willing');
  const projectId = row.opt('projectId');
  row.opt('entryDate');
  row.opt('phone');
  if (card?.birthDate && born !== undefined && born !== Number(card.birthDate.slice(0, 4)))
    row.warning(
      'birthYear',
      `填写的出生年份“${born}”与身份证号中的出生年份不一致，请核对（已按身份证号计为 ${card.birthDate.slice(0, 4)} 年）`,
    );
  if (card?.gender && gender && gender !== card.gender)
    row.warning(
      'gender',
      `填写的性别“${gender}”与身份证号显示的性别不一致，请核对（已按身份证号计为“${card.gender}”）`,
    );
  if (willing === '否' && projectId) row.warning('willing', '务工意愿为“否”，但已安排到项目，请核对');
  if (row.failed) return undefined;
  row.opt('post');
  return {
    id: id!,
    name: name!,
    idNumber: new Hash53().add(card!.number).value(),
    subdistrict: intern(ctx, subdistrict!),
    village: intern(ctx, village!),
    categories: shared(categories!),
    // The ID number wins over the columns (the warnings above say so); a minimised token has only the columns.
    profile: packProfile(
      card!.birthDate ? Number(card!.birthDate.slice(0, 4)) : born,
      card!.gender ?? gender,
      willing === '是',
    ),
    projectId: projectId === undefined ? undefined : intern(ctx, projectId),
    line: row.line,
    slot: -1,
  };
}

export const workers = defineLedger({
  name: 'workers',
  file: 'workers.csv',
  title: '务工花名册',
  required: false,
  columns,
  parse,
  key: {
    column: 'id',
    duplicate: (id, first) => `人员编号“${id}”与第 ${first.line} 行重复，每人只能有一个编号`,
    missingFix: '请先在花名册中登记此人',
    noun: '人员',
  },
  unique: [{ column: 'idNumber', duplicate: (line) => `这个身份证号已在第 ${line} 行登记过，同一人只登记一次` }],
  references: [{ column: 'projectId', to: 'projects' }],
  collect: byKey<WorkerRecord>(),
  feeds: ['projects', 'categoryTotals', 'payoutLists', 'villagePay', 'labour'],
});
