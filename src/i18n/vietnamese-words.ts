/**
 * An amount of đồng in Vietnamese words, as written on payment decisions and vouchers ("Bằng chữ: …").
 *
 * Conventions (those of Vietnamese accounting documents):
 * - digits: không, một, hai, ba, bốn, năm, sáu, bảy, tám, chín; "bốn" is kept after "mươi" (the
 *   colloquial "tư" is not used in documents);
 * - tens: "mười" for 1x, "<digit> mươi" from 20; a final 1 after "mươi" is "mốt" (21 = hai mươi mốt,
 *   but 11 = mười một); a final 5 after a ten is "lăm" (15 = mười lăm, 25 = hai mươi lăm);
 * - a zero ten before a non-zero unit is read "linh" (105 = một trăm linh năm). "Linh" is chosen over the
 *   southern "lẻ" because it is the form used by the State Treasury and most accounting software;
 * - scales: nghìn (10³), triệu (10⁶), tỷ (10⁹), then compounded: nghìn tỷ (10¹²), triệu tỷ (10¹⁵), tỷ tỷ (10¹⁸);
 * - a group of three zeros is skipped ("một triệu đồng", "một tỷ không trăm linh năm đồng"); a group
 *   after the first one is read in full with "không trăm" (1 005 = một nghìn không trăm linh năm);
 * - the first letter is capitalised and the words end with "đồng" (0 = "Không đồng").
 *
 * Amounts are integer strings or bigints and are never converted to floating point.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const THOUSANDS_SCALES = ['', 'nghìn', 'triệu'] as const;

function digit(d: number): string {
  return DIGITS[d]!;
}

/** Reads one group of three digits (0–999). `full` reads a leading zero hundred ("không trăm linh năm"). */
function readGroup(group: number, full: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor((group % 100) / 10);
  const units = group % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0) {
      if (words.length > 0) words.push('linh');
      words.push(digit(units));
    }
    return words;
  }
  if (tens === 1) words.push('mười');
  else words.push(digit(tens), 'mươi');
  if (units === 1) words.push(tens >= 2 ? 'mốt' : 'một');
  else if (units === 5) words.push('lăm');
  else if (units > 0) words.push(digit(units));
  return words;
}

/** Reads a number below 10⁹ split into groups of three; `leading` is true for the first part of the amount. */
function readBelowBillion(n: bigint, leading: boolean): string[] {
  const groups = [Number(n % 1000n), Number((n / 1000n) % 1000n), Number(n / 1_000_000n)];
  const words: string[] = [];
  let started = !leading;
  for (let i = 2; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    words.push(...readGroup(g, started));
    const scale = THOUSANDS_SCALES[i]!;
    if (scale) words.push(scale);
    started = true;
  }
  return words;
}

const BILLION = 1_000_000_000n;

function readWords(n: bigint, leading: boolean): string[] {
  if (n < BILLION) return readBelowBillion(n, leading);
  const high = n / BILLION;
  const low = n % BILLION;
  const words = [...readWords(high, leading), 'tỷ'];
  if (low > 0n) words.push(...readBelowBillion(low, false));
  return words;
}

function toBigInt(amount: string | bigint): bigint {
  if (typeof amount === 'bigint') {
    if (amount < 0n) throw new RangeError(`amountInVietnameseWords: expected a non-negative amount; got ${amount}`);
    return amount;
  }
  if (!/^\d+$/.test(amount)) throw new RangeError(`amountInVietnameseWords: expected an integer amount of đồng as digits; got ${JSON.stringify(amount)}`);
  return BigInt(amount);
}

/**
 * The amount in Vietnamese words, capitalised, ending in "đồng".
 *
 * @example
 * amountInVietnameseWords('744778125');
 * // "Bảy trăm bốn mươi bốn triệu bảy trăm bảy mươi tám nghìn một trăm hai mươi lăm đồng"
 * amountInVietnameseWords(1005n); // "Một nghìn không trăm linh năm đồng"
 */
export function amountInVietnameseWords(amount: string | bigint): string {
  const n = toBigInt(amount);
  const words = n === 0n ? ['không'] : readWords(n, true);
  const sentence = [...words, 'đồng'].join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
