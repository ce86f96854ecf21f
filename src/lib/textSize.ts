/**
 * 大字 mode (适老化): one class on <html> enlarges every rem-sized text (global.css), remembered on the device in
 * localStorage. Base.astro applies it before the first paint with a tiny inline script (hashed into the CSP), so
 * a reader who chose it never sees the page jump; the header's switch toggles and stores it.
 */

export const TEXT_SIZE_KEY = 'ygdz-text-size';
export const TEXT_LARGE_CLASS = 'text-large';

/** The inline <head> script: no imports, never throws (storage may be blocked, e.g. in private mode). */
export const TEXT_SIZE_HEAD_SCRIPT =
  `try{if(localStorage.getItem(${JSON.stringify(TEXT_SIZE_KEY)})==='large')` +
  `document.documentElement.classList.add(${JSON.stringify(TEXT_LARGE_CLASS)})}catch(e){}`;
