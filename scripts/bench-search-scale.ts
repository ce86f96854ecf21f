/**
 * node scripts/bench-search-scale.ts <builtSite> <copies> [query ...]
 * The search index at a scale no quick build reaches: the built site's searchable pages are copied <copies>
 * times into a temporary folder, each copy with its own project numbers (P2021-001872 → P2021-k01872) and its
 * own place and firm names (characters of names rotated), so 10 copies of a 2,500-project site give 25,000
 * notices with a national-size vocabulary. Then the index is built in a child process (time, CPU, peak memory)
 * and `bench:search` measures the first search. The folder is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SEARCHABLE_GLOB } from '../src/lib/routes.ts';
import { globFiles } from '../src/lib/search/indexSite.ts';

const [siteArg, copiesArg, ...queries] = process.argv.slice(2);
if (!siteArg || !copiesArg)
  throw new Error('用法：node scripts/bench-search-scale.ts <站点文件夹> <份数> [查询词 ...]');
const site = resolve(siteArg);
const copies = Number(copiesArg);

const NAME_CHARS =
  '家庄王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖';
const rotate = (s: string, k: number) =>
  s.replace(/[\u4e00-\u9fff]/g, (c) => {
    const i = NAME_CHARS.indexOf(c);
    return i < 0 ? c : NAME_CHARS[(i + k * 7) % NAME_CHARS.length];
  });

const out = mkdtempSync(join(tmpdir(), 'ygdz-search-scale-'));
try {
  let notices = 0;
  for (const rel of globFiles(site, SEARCHABLE_GLOB)) {
    const html = readFileSync(join(site, rel), 'utf8');
    const id = /^projects\/([^/]+)\/index\.html$/.exec(rel)?.[1];
    for (let k = 0; k < (id ? copies : 1); k++) {
      const newId = id && id.length > 6 ? `${id.slice(0, 6)}${k}${id.slice(7)}` : id;
      // Text between tags only: markup and attributes stay valid.
      const text = id ? html.replaceAll(id, newId!).replace(/>([^<]+)</g, (_, t: string) => `>${rotate(t, k)}<`) : html;
      const to = join(out, id ? `projects/${newId}/index.html` : rel);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, text);
      if (id) notices++;
    }
  }
  console.log(`复制：${notices} 个公示页（${copies} 份），另 ${readdirSync(out).length} 个文件夹`);

  const child = `
    const { indexSite } = await import(${JSON.stringify(join(import.meta.dirname, '../src/lib/search/indexSite.ts'))});
    const t = performance.now();
    const r = await indexSite(${JSON.stringify(out)});
    const u = process.resourceUsage();
    console.log(JSON.stringify({ ...r, ms: performance.now() - t, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, peakMB: u.maxRSS / 1024 }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const m = JSON.parse(r.stdout.trim().split('\n').pop()!);
  console.log(
    `搜索索引：${m.pages} 个页面，${m.files} 个文件，${(m.bytes / 1024 / 1024).toFixed(1)} MB；` +
      `用时 ${(m.ms / 1000).toFixed(1)} s，CPU ${(m.cpuMs / 1000).toFixed(1)} s，索引进程内存峰值 ${Math.round(m.peakMB)} MB`,
  );
  if (existsSync(join(out, 'pagefind'))) {
    const b = spawnSync(process.execPath, [join(import.meta.dirname, 'bench-search.ts'), out, ...queries], {
      encoding: 'utf8',
    });
    process.stdout.write(b.stdout.split('\n').slice(1).join('\n'));
    if (b.status !== 0) throw new Error(b.stderr);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
