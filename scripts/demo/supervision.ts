/**
 * Demo 检查类型 of an inspection: mostly the district's 季度监管, some 监理检查 and 专项督导, chosen by position
 * (not by the generator's random stream, so adding the column left every other demo value as it was).
 */
export function demoInspectionKind(project: number, visit: number): string {
  const n = project + visit;
  if (n % 5 === 3) return '监理检查';
  if (n % 7 === 5) return '专项督导';
  return '季度监管';
}
