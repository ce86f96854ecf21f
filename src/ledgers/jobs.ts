/**
 * jobs.csv 招工信息: one row per opening of a project (岗位, 人数, 日工资, 报名起止, 报名方式, 联系电话); all public.
 * The contact is the office that takes sign-ups. A mobile number is accepted with a warning: villages often
 * give a cadre's work mobile, and refusing it would leave residents with no number at all, but whoever fills
 * the ledger must confirm the number is meant to be published (a worker's own phone never is).
 */
import type { Job } from '../schemas/job.ts';
import type { Row } from '../lib/ingest/table.ts';
import { count, date, money, phones, text } from './cellTypes.ts';
import { projectIdColumn } from './columns.ts';
import { col, defineLedger, inList } from './types.ts';

const columns = [
  projectIdColumn({ required: true, public: true, description: '招工的项目（项目清单中的编号）' }),
  col({
    key: 'post',
    header: '岗位',
    required: true,
    cell: text,
    public: true,
    example: '普工',
    description: '招聘的岗位或工种，如普工、砌筑工、钢筋工',
  }),
  col({
    key: 'wanted',
    header: '需求人数',
    required: true,
    cell: count('人'),
    unit: '人',
    public: true,
    example: '20',
    description: '这个岗位需要的人数，大于 0',
  }),
  col({
    key: 'dailyWageFen',
    header: '日工资标准(元)',
    required: true,
    cell: money('元'),
    unit: '元',
    public: true,
    example: '150',
    description: '这个岗位每天的工资标准（元）',
  }),
  col({
    key: 'skills',
    header: '技能要求',
    required: false,
    cell: text,
    public: true,
    example: '身体健康，有砌筑经验者优先',
    description: '对报名人员的要求，没有时留空',
  }),
  col({
    key: 'start',
    header: '报名开始日期',
    required: true,
    cell: date,
    public: true,
    example: '2024-03-01',
    description: '开始接受报名的日期',
  }),
  col({
    key: 'end',
    header: '报名截止日期',
    required: true,
    cell: date,
    public: true,
    example: '2024-03-15',
    description: '报名截止的日期（当天仍可报名），不能早于报名开始日期',
  }),
  col({
    key: 'signUp',
    header: '报名方式',
    required: true,
    cell: text,
    public: true,
    example: '工作日到某某村村委会报名，带身份证',
    description: '到哪里、怎样报名，最多 100 个字',
  }),
  col({
    key: 'contact',
    header: '联系人',
    required: false,
    cell: text,
    public: true,
    example: '某某镇社会事务办',
    description: '负责报名的单位或工作人员（会公开）',
  }),
  col({
    key: 'phones',
    header: '联系电话',
    required: true,
    cell: phones,
    public: true,
    example: '0123-4567890',
    description: '报名咨询的办公电话（会公开）；手机号会给出警告，请确认可以公开，不要填务工人员本人的电话',
  }),
] as const;

type Col = (typeof columns)[number];

export type JobRecord = Omit<Job, 'id'> & { line: number };

const isMobile = (n: string) => /^1[3-9]\d{9}$/.test(n);

function parse(row: Row<Col>): JobRecord | undefined {
  const projectId = row.req('projectId');
  const post = row.req('post');
  const wanted = row.req('wanted');
  const dailyWageFen = row.req('dailyWageFen');
  const start = row.req('start');
  const end = row.req('end');
  const signUp = row.req('signUp');
  const phoneList = row.req('phones');
  if (wanted === 0) row.error('wanted', '需求人数必须大于 0');
  if (dailyWageFen !== undefined && dailyWageFen <= 0) row.error('dailyWageFen', '日工资标准必须大于 0');
  if (start && end && end < start) row.error('end', `报名截止日期 ${end} 早于报名开始日期 ${start}，请核对`);
  if (signUp && [...signUp].length > 100)
    row.error('signUp', `报名方式有 ${[...signUp].length} 个字，最多 100 个字；详细要求请写在技能要求中`);
  for (const n of phoneList ?? [])
    if (isMobile(n))
      row.warning(
        'phones',
        `${n} 是手机号，网站会公开它：请确认这是工作用的号码、机主同意公开；能用办公座机的请改用座机`,
      );
  if (row.failed) return undefined;
  return {
    projectId: projectId!,
    post: post!,
    wanted: wanted!,
    dailyWageFen: dailyWageFen!,
    skills: row.opt('skills'),
    start: start!,
    end: end!,
    signUp: signUp!,
    contact: row.opt('contact'),
    phones: phoneList!,
    line: row.line,
  };
}

export const jobs = defineLedger({
  name: 'jobs',
  file: 'jobs.csv',
  title: '招工信息',
  required: false,
  // Most districts publish openings only inside the notice (报名方式): no jobs.csv is not worth a warning.
  quietWhenAbsent: true,
  columns,
  parse,
  identicalRows: true,
  references: [{ column: 'projectId', to: 'projects' }],
  collect: inList<JobRecord>(),
  feeds: ['jobs'],
});
