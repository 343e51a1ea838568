import type { Citation } from '../../core/citation.js';

/** The kind of document a number names, as Vietnamese texts write it before the number. */
function docVi(doc: string): string {
  if (/\/NĐ-CP$/.test(doc)) return `Nghị định ${doc}`;
  if (/\/TT-/.test(doc)) return `Thông tư ${doc}`;
  return doc;
}

/** "Art 1 cl. 11 pt. a" inside a note → "Điều 1 khoản 11 điểm a". */
const partsVi = (text: string): string =>
  text.replace(/\bArt (\w+)/g, 'Điều $1').replace(/\bcl\. (\w+)/g, 'khoản $1').replace(/\bpt\. (\w+)/g, 'điểm $1');

/**
 * The project's notes are English free text; the one every officer meets — "as amended by <decree>…" — is
 * put in Vietnamese, the others are kept as written rather than guessed at.
 */
function noteVi(note: string): string {
  const amended = /^as amended by (\S+)(.*)$/.exec(note);
  if (amended) return `sửa đổi bởi ${docVi(amended[1]!)}${partsVi(amended[2]!)}`;
  const amending = /^amending (\d+) (.+)$/.exec(note);
  if (amending) return `sửa đổi ${partsVi(amending[2]!)} Nghị định ${amending[1]}`;
  return note;
}

/**
 * A citation in the form of the officer's list (issue #15, decision E11):
 * "Điều 7 khoản 1 điểm a Nghị định 178/2024/NĐ-CP (sửa đổi bởi Nghị định 67/2025/NĐ-CP)".
 */
export function formatCitationVi(c: Citation): string {
  const parts: string[] = [];
  if (c.article) parts.push(`Điều ${c.article}`);
  if (c.clause) parts.push(`khoản ${c.clause}`);
  if (c.point) parts.push(`điểm ${c.point}`);
  parts.push(docVi(c.doc));
  if (c.note) parts.push(`(${noteVi(c.note)})`);
  if (c.verified === false) parts.push('[chưa đối chiếu văn bản]');
  return parts.join(' ');
}
