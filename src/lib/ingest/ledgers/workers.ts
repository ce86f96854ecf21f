import { GENDERS, WORKER_CATEGORIES, YES_NO, type WorkerCategory } from '../../../schemas/options.ts';
import { parseCode, parseDate, parseOption, parsePhone } from '../cells.ts';
import { parseIdCard } from '../idcard.ts';
import { col, type LedgerSpec, type Row } from '../table.ts';

export const workersSpec = {
  file: 'workers.csv',
  title: '务工花名册',
  columns: [
    col('人员编号', 'id', true),
    col('姓名', 'name', true),
    col('身份证号', 'idNumber', true),
    col('性别', 'gender'),
    col('街道', 'subdistrict', true),
    col('村(社区)', 'village', true),
    col('人员类别', 'category', true),
    col('务工意愿', 'willing', true),
    col('项目编号', 'projectId'),
    col('岗位', 'post'),
    col('进场日期', 'entryDate'),
    col('联系电话', 'phone'),
  ],
} as const satisfies LedgerSpec;

type Key = (typeof workersSpec.columns)[number]['key'];

/** A roster row. PRIVATE: lives only inside the ingest; nothing here is written out per person but a masked name and village. */
export interface WorkerRecord {
  id: string;
  name: string;
  idNumber: string;
  birthDate: string;
  gender: '男' | '女';
  subdistrict: string;
  village: string;
  category: WorkerCategory;
  willing: boolean;
  projectId?: string;
  post?: string;
  entryDate?: string;
  phone?: string;
  line: number;
}

const parseName = (raw: string) =>
  /^[\p{Script=Han}·•.]{2,12}$/u.test(raw.replace(/\s+/g, ''))
    ? { ok: true as const, value: raw.replace(/\s+/g, '') }
    : { ok: false as const, message: `“${raw}”不像姓名：请只填汉字姓名（少数民族姓名可用“·”）` };

export function parseWorkerRow(row: Row<Key>, today: string): WorkerRecord | undefined {
  const id = row.req('id', (r) => parseCode(r, '人员编号'));
  const name = row.req('name', parseName);
  const card = row.req('idNumber', (r) => parseIdCard(r, today));
  let gender = row.opt('gender', (r) => parseOption(r, GENDERS));
  const subdistrict = row.reqText('subdistrict');
  const village = row.reqText('village');
  const category = row.req('category', (r) => parseOption(r, WORKER_CATEGORIES));
  const willing = row.req('willing', (r) => parseOption(r, YES_NO));
  const projectId = row.opt('projectId', (r) => parseCode(r, '项目编号'));
  const entryDate = row.opt('entryDate', parseDate);
  const phone = row.opt('phone', parsePhone);
  if (card && gender && gender !== card.gender)
    row.warning('gender', `填写的性别“${gender}”与身份证号显示的性别不一致，请核对（已按身份证号计为“${card.gender}”）`);
  if (card) gender = card.gender;
  if (willing === '否' && projectId) row.warning('willing', '务工意愿为“否”，但已安排到项目，请核对');
  if (row.failed) return undefined;
  return {
    id: id!,
    name: name!,
    idNumber: card!.number,
    birthDate: card!.birthDate,
    gender: gender!,
    subdistrict: subdistrict!,
    village: village!,
    category: category!,
    willing: willing === '是',
    projectId,
    post: row.optText('post'),
    entryDate,
    phone,
    line: row.line,
  };
}
