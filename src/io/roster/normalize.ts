/**
 * The key a heading or a word is matched by: case, diacritics, spacing and punctuation ignored, `đ` read
 * as `d` ("Hệ số lương" → "hesoluong", "Phụ cấp công vụ (%)" → "phucapcongvu", "Mã CB" → "macb").
 * NFD splits a letter from its marks, which are then dropped; đ/Đ have no decomposition, so they are
 * mapped by hand.
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
