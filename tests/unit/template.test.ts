/**
 * The templates of `npm run template` (src/ledgers/template.ts, scripts/template.ts) beyond the ledgers' own
 * (tests/unit/registry.test.ts): the site.json to fill in and its 填写说明, and that no example names the demo
 * district, so a county that keeps an example row by mistake publishes no word of 莱山区.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoWordsIn as demoWords } from '../helpers/demoWords.ts';
import { EXAMPLE_PROJECT_ID } from '../../src/ledgers/columns.ts';
import { REGISTRY } from '../../src/ledgers/registry.ts';
import { SITE_TEMPLATE, siteInstructions, siteTemplateText, templateFiles } from '../../src/ledgers/template.ts';
import { FUND_TYPES } from '../../src/lib/funding/types.ts';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { formatProblem, Problems } from '../../src/lib/ingest/problems.ts';
import { parseSiteConfig } from '../../src/lib/ingest/siteConfig.ts';
import { VOCABULARY_DEFAULTS, VOCABULARY_IDS } from '../../src/lib/vocab/defaults.ts';
import { siteConfigSchema } from '../../src/schemas/site.ts';
import { memorySource } from '../helpers/memory.ts';
import { runScript, tempDir } from '../helpers/site.ts';

/** The demo district's words, and its telephone area code. */
const demoWordsIn = (text: string) => [...demoWords(text), ...(text.includes('0535') ? ['0535'] : [])];

describe('site.json template', () => {
  it('validates together with the ledger templates, without an error or a warning', async () => {
    const files = Object.fromEntries(templateFiles().map((f) => [f.name, f.text]));
    expect(files['site.json']).toBe(siteTemplateText());
    const r = await ingest(memorySource(files), { today: '2026-01-01' });
    expect(r.problems.list.map(formatProblem)).toEqual([]);
  });

  it('holds the settings a county fills in, a funding example and an empty entry per vocabulary', () => {
    const problems = new Problems();
    const site = parseSiteConfig(siteTemplateText(), problems);
    expect(problems.list).toEqual([]);
    expect(site).toMatchObject({ district: '某某县', districtFullName: '某某省某某市某某县', noticeDays: 7 });
    expect(site!.funding.linkage).toMatchObject({ key: '衔接资金', source: '请填写省级文件名称' });
    expect(site!.funding.linkage!.percent?.text).toBe('25%');
    expect(Object.keys(SITE_TEMPLATE.vocabularies)).toEqual(VOCABULARY_IDS.map((id) => VOCABULARY_DEFAULTS[id].column));
    for (const key of ['district', 'districtFullName', 'publisher', 'hotlines', 'noticeDays', 'siteUrl'])
      expect(SITE_TEMPLATE, key).toHaveProperty(key);
    expect(siteTemplateText()).not.toContain('payShareThresholdPercent');
  });

  it('its 填写说明 explains every setting, every fund type that takes a share and every vocabulary', () => {
    const text = siteInstructions();
    expect(text.endsWith('\r\n')).toBe(true);
    for (const key of Object.keys(siteConfigSchema.shape)) expect(text, key).toContain(key);
    for (const t of FUND_TYPES) {
      expect(text).toContain(`“${t.name}”`);
      if (t.hasShare) for (const a of [...t.aliases, t.id]) expect(text).toContain(`“${a}”`);
    }
    for (const id of VOCABULARY_IDS) {
      const v = VOCABULARY_DEFAULTS[id];
      expect(text).toContain(`${v.column}：${v.values.map((x) => x.value).join('、')}`);
    }
    expect(text).toContain('payShareThresholdPercent：已停用');
  });
});

describe('examples', () => {
  it('name no place, unit, person or phone number of the demo district', () => {
    const found = templateFiles()
      .filter((f) => !f.name.endsWith('.txt'))
      .flatMap((f) => demoWordsIn(f.text).map((w) => `${f.name}: ${w}`));
    expect(found).toEqual([]);
    // The 填写说明 quote the examples; the cell types' own help ("如 0535-6923456") is not an example.
    const inInstructions = templateFiles()
      .filter((f) => f.name.endsWith('.txt'))
      .flatMap((f) => demoWordsIn(f.text.replace(/0535-\d{7}|13805351234/g, '')).map((w) => `${f.name}: ${w}`));
    expect(inInstructions).toEqual([]);
    expect(EXAMPLE_PROJECT_ID).toBe('XM2024-001');
  });

  it('the check can fail: the demo words are the demo’s', () => {
    expect(demoWordsIn('烟台市莱山区解甲庄街道于家汤村，0535-6901234，刘振华')).toEqual([
      '莱山',
      '烟台',
      '解甲庄街道',
      '于家汤村',
      '刘振华',
      '0535',
    ]);
    expect(
      demoWordsIn(readFileSync(join(import.meta.dirname, '../../data/projects.csv'), 'utf8')).length,
    ).toBeGreaterThan(5);
  });
});

describe('npm run template', () => {
  it('writes site.json and its 填写说明 with the ledgers', () => {
    const out = join(tempDir('tpl-'), '模板');
    const r = runScript('template.ts', [out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'site.json'), 'utf8')).toBe(siteTemplateText());
    expect(readFileSync(join(out, 'site.json.填写说明.txt'), 'utf8')).toBe(siteInstructions());
    expect(readdirSync(out)).toHaveLength(REGISTRY.ledgers.length * 2 + 2);
  });

  it('refuses to overwrite a site.json that is already there, and writes nothing', () => {
    const out = tempDir('tpl-site-');
    writeFileSync(join(out, 'site.json'), '{ "district": "本县" }\n');
    const r = runScript('template.ts', [out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('中已有 site.json，为避免覆盖台账和站点设置，没有写入任何文件');
    expect(readFileSync(join(out, 'site.json'), 'utf8')).toBe('{ "district": "本县" }\n');
    expect(readdirSync(out)).toEqual(['site.json']);
    expect(existsSync(join(out, 'projects.csv'))).toBe(false);
  });
});
