/**
 * The site's PNG icons (public/icon-180.png, public/icon-512.png: home-screen icon and the share image of
 * pages without their own): the favicon's house on a full square, since phones round the corners themselves.
 * Regenerate with `node scripts/share-images.ts --icons` after changing public/favicon.svg.
 */
export const ICON_SIZES = [180, 512] as const;

export const iconSvg = (size: number): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">` +
  `<rect width="32" height="32" fill="#0b5cad"/>` +
  `<path d="M7 22h18M10 22V12l6-4 6 4v10" fill="none" stroke="#fff" stroke-width="2.5" stroke-linejoin="round"/>` +
  `</svg>`;
