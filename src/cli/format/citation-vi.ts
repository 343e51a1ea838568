import type { Citation } from '../../core/citation.js';

/** A citation as Vietnamese documents write it: "điểm a khoản 1 Điều 7 178/2024/NĐ-CP". */
export function formatCitationVi(c: Citation): string {
  const parts: string[] = [];
  if (c.point) parts.push(`điểm ${c.point}`);
  if (c.clause) parts.push(`khoản ${c.clause}`);
  if (c.article) parts.push(`Điều ${c.article}`);
  parts.push(c.doc);
  if (c.note) parts.push(`(${c.note})`);
  if (c.verified === false) parts.push('[chưa đối chiếu văn bản]');
  return parts.join(' ');
}
