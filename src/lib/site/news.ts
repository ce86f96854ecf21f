import { getCollection } from 'astro:content';

/** News posts, newest first. */
export const news = (await getCollection('news')).sort((a, b) =>
  a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : a.id < b.id ? -1 : 1,
);
