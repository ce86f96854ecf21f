/** How the open-data page writes a file's size: whole KB, at least 1. */
export function sizeText(bytes: number | undefined): string {
  return `${Math.max(1, Math.round((bytes ?? 0) / 1024))} KB`;
}
