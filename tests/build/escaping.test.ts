import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { csv } from '../helpers/memory.ts';
import * as L from '../helpers/ledgers.ts';
import { serve } from '../helpers/serve.ts';
import { listFiles, runScript, textOf } from '../helpers/site.ts';

/** Text a clerk might paste that a careless page would run as markup. All of it is valid data. */
const HOSTILE = {
  name: '<script>alert("name")</script>道路',
  content: '</script><img src=x onerror=alert("content")>\n"引号" & \'单引号\'',
  owner: '<b onmouseover=alert(1)>建设单位</b>',
  tasks: '<svg onload=alert(1)>；javascript:alert(1)',
  village: '</textarea><iframe src=javascript:alert(1)>',
};
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

let out: string;

beforeAll(() => {
  const data = mkdtempSync(join(tmpdir(), 'ygdz-xss-'));
  const files = {
    ...L.validFolder(),
    'projects.csv': csv(L.PROJECTS_HEADER, L.project('P-1', { name: q(HOSTILE.name), content: q(HOSTILE.content), owner: q(HOSTILE.owner), tasks: q(HOSTILE.tasks) })),
    'workers.csv': csv(L.WORKERS_HEADER, L.worker('W1', L.IDS[0], { village: q(HOSTILE.village) }), L.worker('W2', L.IDS[1])),
  };
  for (const [f, text] of Object.entries(files)) writeFileSync(join(data, f), text);
  out = mkdtempSync(join(tmpdir(), 'ygdz-xss-dist-'));
  const r = runScript('build.ts', [], { DATA_DIR: data, OUT_DIR: out });
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
});

describe('text from the ledgers is data, never markup', () => {
  it('no page contains the hostile markup unescaped, and each page shows it as text', () => {
    const html = listFiles(out).filter((f) => f.endsWith('.html') || f.endsWith('.xml'));
    expect(html.length).toBeGreaterThan(5);
    for (const f of html) {
      const raw = readFileSync(f, 'utf8');
      // Inside a double-quoted attribute value only " and & matter, and " must be escaped there.
      expect(raw, f).not.toContain('alert("');
      const s = raw.replace(/="[^"]*"/g, '=""');
      for (const bad of ['<script>alert', '<img src=x', '<b onmouseover', '<svg onload', '<iframe src=javascript']) expect(s, f).not.toContain(bad);
    }
    const notice = readFileSync(join(out, 'projects/P-1/index.html'), 'utf8');
    expect(textOf(notice)).toContain(HOSTILE.name);
    expect(textOf(notice)).toContain(HOSTILE.owner);
  });

  it('nothing runs in a browser', async () => {
    const server = await serve(out);
    const browser = await launch();
    try {
      const dialogs: string[] = [];
      for (const path of ['/', '/projects/', '/projects/P-1/', '/projects/P-1/print/', '/projects/P-1/payouts/', '/payouts/']) {
        const page = await browser.newPage();
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await page.goto(server.url + path);
        await page.waitForLoadState('load');
        if (path === '/projects/P-1/') expect(await page.locator('h1').innerText()).toContain(HOSTILE.name);
        if (path === '/projects/P-1/payouts/') expect(await page.locator('tbody').innerText()).toContain(HOSTILE.village);
        await page.close();
      }
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('the feed is well-formed XML with the text escaped', async () => {
    const xml = readFileSync(join(out, 'rss.xml'), 'utf8');
    expect(xml).toContain('&lt;script&gt;alert');
  });
});

