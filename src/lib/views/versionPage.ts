/**
 * The page of one version of a notice, /projects/<项目编号>/v/<fingerprint>/: what the paper notice with that
 * fingerprint said, and whether it is still current (if not, what changed since and why). Written as plain HTML
 * by scripts/versionPages.ts after Astro, and cached: a national site has a page per notice and per old version,
 * and an unchanged page is never rendered again. Every text from the data goes through esc().
 */
import { createHash } from 'node:crypto';
import type { HistoryEvent, ProjectHistory } from '../../schemas/projectHistory.ts';
import { chineseDate } from '../dates.ts';
import { escapeMarkup } from '../escape.ts';
import { PROJECT_FIELDS, shown } from '../changes/diff.ts';
import { CHANGES_PATH, HOME_PATH, projectPath, versionPath } from '../routes.ts';

/** Bump when the page's markup changes (part of the cache key). */
export const VERSION_PAGE_FORMAT = 1;

const esc = escapeMarkup;

export interface VersionPageInput {
  id: string;
  name: string;
  fingerprint: string;
  /** The notice's public content in that version (noticeRecord). */
  record: Record<string, unknown>;
  /** 'current': the notice as it is; 'superseded': replaced since; 'removed': the project was removed. */
  status: 'current' | 'superseded' | 'removed';
  /** When this version was published (and, unless current, replaced). */
  from?: string;
  until?: string;
  /** Events after this version, oldest first (what changed since, and why). */
  since: readonly HistoryEvent[];
  siteName: string;
  /** The site's stylesheet (inline: the pages' CSP allows it by hash). */
  css: string;
}

function eventHtml(e: HistoryEvent): string {
  const what =
    e.kind === 'removed'
      ? '项目被删除'
      : e.kind === 'added'
        ? '重新公布'
        : e.fields.map((f) => `${esc(f.field)}：${esc(f.before)} → ${esc(f.after)}`).join('<br>');
  const why = e.reasons.length ? `（更正原因：${esc(e.reasons.join('；'))}）` : '';
  return `<li><strong>${esc(chineseDate(e.date))}</strong>：${what}${why}</li>`;
}

function statusHtml(v: VersionPageInput): string {
  const notice = `<a href="${esc(projectPath(v.id))}">最新的网上公示</a>`;
  if (v.status === 'current')
    return (
      `<div class="version-state current"><p><strong>这是本项目公示的最新版本</strong>` +
      `${v.from ? `（${esc(chineseDate(v.from))}起）` : ''}。打印的公示上版本号是 <code>${esc(v.fingerprint)}</code> 的，` +
      `内容与网上一致。务工、劳务报酬和监管情况见${notice}。</p></div>`
    );
  const when = v.until ? esc(chineseDate(v.until)) : '';
  const head =
    v.status === 'removed'
      ? `<strong>这个项目已于${when}删除</strong>，下面是删除前的公示内容。`
      : `<strong>这一版已于${when}更新，不是最新版本。</strong>请以${notice}为准。`;
  return (
    `<div class="version-state superseded"><p>${head}</p>` +
    (v.since.length ? `<p>这一版之后的改动：</p><ul>${v.since.map(eventHtml).join('')}</ul>` : '') +
    `</div>`
  );
}

function factsHtml(record: Record<string, unknown>): string {
  const rows = PROJECT_FIELDS.filter((f) => record[f.key] !== undefined && record[f.key] !== '').map(
    (f) => `<dt>${esc(f.label)}</dt><dd class="pre-line">${esc(shown(record[f.key], f.unit, f.wan))}</dd>`,
  );
  return `<dl class="facts">${rows.join('')}</dl>`;
}

const cspHash = (css: string) => createHash('sha256').update(css, 'utf8').digest('base64');

export function versionPageHtml(v: VersionPageInput): string {
  const title = `${v.name}（公示版本 ${v.fingerprint}）`;
  // Our own constants only (no data), so written as they are.
  const csp = [
    "default-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "script-src 'self'",
    `style-src 'sha256-${cspHash(v.css)}'`,
  ].join('; ');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${csp}">
<meta name="robots" content="noindex">
<title>${esc(title)} - ${esc(v.siteName)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${v.css}</style>
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site-header"><div class="wrap">
<p class="site-name"><a href="${HOME_PATH}">${esc(v.siteName)}</a></p>
</div></header>
<main id="main" class="wrap">
<h1><span class="fine">以工代赈项目公示 · 版本 ${esc(v.fingerprint)}</span><br>${esc(v.name)}</h1>
${statusHtml(v)}
<h2>这一版的公示内容</h2>
${factsHtml(v.record)}
<p class="fine">版本号是公示内容的指纹：公示的任何公开信息改动后，版本号就会改变。全站每一次更新见<a href="${CHANGES_PATH}">更新记录</a>。</p>
</main>
</body>
</html>
`;
}

/** Every version page of a project: its current notice (when it still exists) and each earlier version. */
export function versionPages(
  id: string,
  current: { name: string; fingerprint: string; record: Record<string, unknown> } | undefined,
  history: ProjectHistory,
  site: { siteName: string; css: string },
): { path: string; input: VersionPageInput }[] {
  const out: { path: string; input: VersionPageInput }[] = [];
  const lastEvent = history.events.at(-1);
  const name = (r: Record<string, unknown>) => String(r.name ?? id);
  if (current)
    out.push({
      path: versionPath(id, current.fingerprint),
      input: {
        id,
        ...current,
        status: 'current',
        from: lastEvent?.kind === 'removed' ? undefined : lastEvent?.date,
        since: [],
        ...site,
      },
    });
  // The latest time each fingerprint was replaced (a notice may change back and forth).
  const latest = new Map(history.superseded.map((s) => [s.fingerprint, s]));
  for (const s of latest.values()) {
    if (current && s.fingerprint === current.fingerprint) continue; // changed back: the current page says so
    const since = history.events.filter((e) => e.seq >= s.untilSeq && e.kind !== 'added');
    out.push({
      path: versionPath(id, s.fingerprint),
      input: {
        id,
        name: name(s.record),
        fingerprint: s.fingerprint,
        record: s.record,
        status: current ? 'superseded' : 'removed',
        from: s.from,
        until: s.until,
        since,
        ...site,
      },
    });
  }
  return out;
}
