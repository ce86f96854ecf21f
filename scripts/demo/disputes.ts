/**
 * Demo disputes.csv (矛盾纠纷台账): a handful of hand-written disputes on 2023 projects, fixed rather than drawn from
 * the generator's random stream so that adding them changes no other demo ledger. As of the demo's data date
 * (2024-01-15) one 欠薪 dispute is open for 56 days (LS2023-007: flagged on its notice) and one 其他 for 19.
 * The complainants' names and phones are invented and appear nowhere else in the demo.
 * 2023: 7 received, 5 settled in 8, 2, 14, 3 and 30 days (median 8, longest 30), 2 open.
 */
import { LEDGERS } from '../../src/ledgers/registry.ts';
import type { CsvWriter } from './csvWriter.ts';

type Key = (typeof LEDGERS.disputes.columns)[number]['key'];
type Dispute = Record<Key, string>;

export const DEMO_DISPUTES: readonly Dispute[] = [
  {
    id: 'JF2023-001',
    projectId: 'LS2023-001',
    receivedOn: '2023-06-12',
    category: '欠薪',
    source: '12345热线',
    settledOn: '2023-06-20',
    result: '经核实为银行代发延迟，5月劳务报酬已于6月20日到账',
    office: '黄海路街道矛盾协调小组',
    complainant: '隋宝琛',
    phone: '15966401187',
  },
  {
    id: 'JF2023-002',
    projectId: 'LS2023-004',
    receivedOn: '2023-07-03',
    category: '工资标准',
    source: '来访',
    settledOn: '2023-07-05',
    result: '向反映人解释日工资标准和务工天数的计算方法，反映人表示认可',
    office: '黄海路街道矛盾协调小组',
    complainant: '栾淑媛',
    phone: '',
  },
  {
    id: 'JF2023-003',
    projectId: 'LS2023-009',
    receivedOn: '2023-08-21',
    category: '用工安排',
    source: '电话',
    settledOn: '2023-09-04',
    result: '协调施工单位优先安排本村有务工意愿的劳动力进场',
    office: '解甲庄街道矛盾协调小组',
    complainant: '鞠延泽',
    phone: '13561148803',
  },
  {
    id: 'JF2023-004',
    projectId: 'LS2023-012',
    receivedOn: '2023-09-15',
    category: '安全',
    source: '来访',
    settledOn: '2023-09-18',
    result: '督促施工单位补发安全帽和手套，并组织一次安全教育',
    office: '解甲庄街道矛盾协调小组',
    complainant: '',
    phone: '',
  },
  {
    id: 'JF2023-005',
    projectId: 'LS2023-001',
    receivedOn: '2023-10-09',
    category: '欠薪',
    source: '12345热线',
    settledOn: '2023-11-08',
    result: '督促施工单位结清9月劳务报酬，已全部发放到本人银行卡',
    office: '黄海路街道矛盾协调小组',
    complainant: '柳梦溪',
    phone: '18753590426',
  },
  {
    id: 'JF2023-006',
    projectId: 'LS2023-007',
    receivedOn: '2023-11-20',
    category: '欠薪',
    source: '12317',
    settledOn: '',
    result: '',
    office: '黄海路街道矛盾协调小组',
    complainant: '衣晓彤',
    phone: '13034578812',
  },
  {
    id: 'JF2023-007',
    projectId: 'LS2023-003',
    receivedOn: '2023-12-27',
    category: '其他',
    source: '电话',
    settledOn: '',
    result: '',
    office: '滨海路街道矛盾协调小组',
    complainant: '战浩宇',
    phone: '15153571209',
  },
];

/** Writes the demo disputes and closes the file. */
export async function writeDisputes(out: CsvWriter<Key>): Promise<void> {
  for (const d of DEMO_DISPUTES) await out.row(d);
  await out.close();
}
