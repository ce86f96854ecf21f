/** The district's logo (logo.svg or logo.png in the data folder), copied into the site when there is one. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { logo } from '../lib/site/dataFolder.ts';

export const getStaticPaths = (() => (logo ? [{ params: { ext: logo.ext } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(readFileSync(logo!.file), { headers: { 'Content-Type': logo!.type } });
