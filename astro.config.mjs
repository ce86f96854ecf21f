// @ts-check
import { readFileSync, existsSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// The public address comes from the data folder's site.json, so QR codes and the sitemap point at the real site.
const dataDir = process.env.DATA_DIR ?? 'data';
const siteFile = `${dataDir}/site.json`;
const site = existsSync(siteFile) ? JSON.parse(readFileSync(siteFile, 'utf8').replace(/^\uFEFF/, '')).siteUrl : undefined;

export default defineConfig({
  site: site ?? 'https://ygdz.example.cn',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
