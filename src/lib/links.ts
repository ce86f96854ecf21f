/**
 * Links built from ledger data. The ledgers hold no URLs; only phone numbers become links, reduced to
 * digits and "-" first, so no cell can smuggle in a javascript: or data: link.
 */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9-]/g, '')}`;
}

/** The national rural-revitalisation supervision line, printed on every notice. */
export const NATIONAL_HOTLINE = { label: '全国乡村振兴监督举报电话', number: '12317' } as const;

export interface ComplaintLine {
  /** 项目监督电话, 矛盾协调联系人：刘振华, a district line's label … */
  label: string;
  numbers: string[];
  /** A named person (their numbers read “，电话 …”) rather than a line (“：…”). */
  person?: true;
}

const digits = (n: string) => n.replace(/\D/g, '');

/**
 * Where a resident can complain about a project, in order: the project's 监督电话, its 矛盾协调联系人, the
 * district's lines, the national line. A number is listed once: under its district or national label when it is
 * one of those lines (that label says more), otherwise under the first project line that has it.
 */
export function complaintLines(
  p: { supervisionPhones: readonly string[]; mediatorName?: string; mediatorPhones: readonly string[] },
  hotlines: ReadonlyArray<{ label: string; number: string }>,
): ComplaintLine[] {
  const shared = [...hotlines, NATIONAL_HOTLINE];
  const seen = new Set<string>(shared.map((h) => digits(h.number)));
  const fresh = (ns: readonly string[]) =>
    ns.filter((n) => {
      const d = digits(n);
      if (seen.has(d)) return false;
      seen.add(d);
      return true;
    });
  const lines: ComplaintLine[] = [];
  const project = fresh(p.supervisionPhones);
  if (project.length) lines.push({ label: '项目监督电话', numbers: project });
  const mediator = fresh(p.mediatorPhones);
  if (p.mediatorName) lines.push({ label: `矛盾协调联系人：${p.mediatorName}`, numbers: mediator, person: true });
  else if (mediator.length) lines.push({ label: '矛盾协调电话', numbers: mediator });
  const listed = new Set<string>();
  for (const h of shared)
    if (!listed.has(digits(h.number))) {
      listed.add(digits(h.number));
      lines.push({ label: h.label, numbers: [h.number] });
    }
  return lines;
}
