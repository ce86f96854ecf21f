/** The feed is XML that a strict XML 1.0 parser accepts, whatever text the data holds. */
import { getRssString } from '@astrojs/rss';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { feedOptions, xmlText } from '../../src/pages/rss.xml.ts';

/** Parses strictly; returns the first error and the text of every <title> and <description>. */
function parse(xml: string) {
  const p = new SaxesParser();
  const texts: string[] = [];
  let inText = false;
  let error: string | undefined;
  p.on('error', (e) => (error ??= e.message));
  p.on('opentag', (t) => (inText = t.name === 'title' || t.name === 'description'));
  p.on('text', (t) => inText && texts.push(t));
  p.on('closetag', () => (inText = false));
  p.write(xml).close();
  return { error, texts };
}

// Unpaired surrogates are kept apart: next to each other they would make one valid character.
const HOSTILE = [
  '\x1b[31m',
  '\ud800',
  '\x00',
  '\x0b',
  '\x0c',
  '\udc00',
  '\x7f',
  '\x85',
  '\ufffe',
  '\uffff',
  '\u202e',
  '\u2066',
];

describe('rss.xml', () => {
  it('parses with a strict XML parser even when every string holds forbidden characters', async () => {
    const bad = HOSTILE.join('');
    const project = {
      id: 'P-1',
      name: `道路${bad}<script>alert("x")</script> & ]]> 工程`,
      subdistrict: `解甲庄${bad}街道`,
      location: `于家汤村${bad}`,
      type: '农业农村基础设施项目' as const,
      noticeStart: '2023-04-01',
      noticeEnd: '2023-04-07',
    };
    const projects = [project, { ...project, id: 'P-2', noticeStart: '2023-05-01' }];
    const site = { districtFullName: `烟台市${bad}莱山区`, publisher: `发改局${bad}` };
    const xml = await getRssString(feedOptions(projects, site, '2023-12-31', 'https://ygdz.example.cn'));
    const { error, texts } = parse(xml);
    expect(error).toBeUndefined();
    expect(texts).toContain('以工代赈项目公示：道路[31m<script>alert("x")</script> & ]]> 工程');
    expect(texts).toContain('烟台市[31m莱山区以工代赈项目公示');
    expect(texts).toContain('发改局[31m发布的以工代赈项目公示（数据更新于 2023-12-31）');
    expect(xml).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/);
  });

  it('a strict parser does refuse raw control characters (the check above can fail)', () => {
    expect(parse('<a>x\x1by</a>').error).toMatch(/disallowed character/);
  });

  it('keeps ordinary text, rare characters and line breaks as they are', () => {
    expect(xmlText('𠮷䶮村\n道路\t工程')).toBe('𠮷䶮村\n道路\t工程');
  });
});
