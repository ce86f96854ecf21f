import type { APIRoute, GetStaticPaths } from 'astro';
import { downloads } from '../../lib/site/downloads.ts';
import { leadOnly } from '../../lib/site/shard.ts';

export const getStaticPaths = (() =>
  leadOnly(downloads).map((f) => ({ params: { path: f.path }, props: { file: f } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: (typeof downloads)[number] };
  return new Response(new Blob([file.body as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': file.type } });
};
