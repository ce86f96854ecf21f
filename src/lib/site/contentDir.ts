/**
 * Where the ingest wrote the generated content for this build: a private folder per build named in
 * YGDZ_CONTENT_DIR (scripts/build.ts), or content/generated of the project for `npm run dev` and `astro sync`.
 */
const project = process.env.YGDZ_PROJECT_ROOT || '.';
export const GENERATED_DIR = process.env.YGDZ_CONTENT_DIR || `${project}/content/generated`;
