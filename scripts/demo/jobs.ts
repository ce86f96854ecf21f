/**
 * The demo's 招工信息 (jobs.csv): one or two openings per 2023 project, signed up for a fortnight before work
 * starts, so nearly all have closed; projects still running at the end of 2023 recruit again for the spring, so
 * on the demo's data day (2024-01-15, the day tests build it) some openings are open and one is still to come.
 * No random draws: the other demo ledgers keep their bytes, and the wages agree with each project's 日工资标准.
 */
import { join } from 'node:path';
import { addDays } from '../../src/lib/dates.ts';
import { LEDGERS } from '../../src/ledgers/registry.ts';
import { CsvWriter } from './csvWriter.ts';
import { RECRUITMENT } from './recruitment.ts';

interface Plan {
  id: string;
  subdistrict: string;
  village: string;
  months: readonly string[];
  workers: number;
}

const TRADES = ['砌筑工', '钢筋工', '混凝土工', '电焊工', '挖掘机驾驶员'] as const;
const GENERAL_SKILLS = '身体健康，年满18周岁，能适应户外作业，本村及周边村民优先';
const TRADE_SKILLS = '有两年以上相关工作经验，持职业技能等级证书者优先';

export async function writeDemoJobs(out: string, plans: readonly Plan[]): Promise<void> {
  const w = new CsvWriter(join(out, LEDGERS.jobs.file), LEDGERS.jobs);
  for (const [i, p] of plans.entries()) {
    const r = RECRUITMENT.get(p.id);
    const general = Number(/不低于(\d+)元/.exec(r?.dailyWageText ?? '')?.[1] ?? 120);
    const skilled = Number(/技工不低于(\d+)元/.exec(r?.dailyWageText ?? '')?.[1] ?? 0);
    const phone = /0535-\d{7}/.exec(r?.signUp ?? '')?.[0] ?? `0535-66${String(10_000 + i * 137).slice(-5)}`;
    const committee = `${p.village}${p.village.endsWith('社区') ? '居委会' : '村委会'}`;
    const base = {
      projectId: p.id,
      signUp: `工作日上午到${committee}报名，带身份证和银行卡`,
      contact: `${p.subdistrict}社会事务办`,
      phones: phone,
    };
    const begin = `${p.months[0]}-01`;
    const first = { start: addDays(begin, -16), end: addDays(begin, -4) };
    await w.row({
      ...base,
      ...first,
      post: '普工',
      wanted: Math.max(5, Math.round(p.workers * 0.6)),
      dailyWageFen: general,
      skills: GENERAL_SKILLS,
    });
    if (skilled > 0)
      await w.row({
        ...base,
        ...first,
        post: TRADES[i % TRADES.length],
        wanted: 2 + (i % 4),
        dailyWageFen: skilled,
        skills: TRADE_SKILLS,
      });
    if (p.months.includes('2023-12')) {
      // Still at work at the turn of the year: spring hiring, one open on 2024-01-15 and one not yet begun.
      await w.row({
        ...base,
        start: '2024-01-08',
        end: '2024-01-31',
        post: '普工（春季复工）',
        wanted: Math.max(5, Math.round(p.workers * 0.4)),
        dailyWageFen: general,
        skills: GENERAL_SKILLS,
      });
      await w.row({
        ...base,
        start: i % 2 === 0 ? '2024-01-10' : '2024-02-19',
        end: i % 2 === 0 ? '2024-01-25' : '2024-03-01',
        post: `${TRADES[(i + 2) % TRADES.length]}（春季复工）`,
        wanted: 3,
        dailyWageFen: skilled || general + 60,
        skills: TRADE_SKILLS,
      });
    }
  }
  await w.close();
}
