import { describe, expect, it } from 'vitest';
import { amountInVietnameseWords } from '../../src/i18n/vietnamese-words.js';

describe('amountInVietnameseWords', () => {
  it.each([
    ['0', 'Không đồng'],
    ['1', 'Một đồng'],
    ['4', 'Bốn đồng'],
    ['5', 'Năm đồng'],
    ['10', 'Mười đồng'],
    ['11', 'Mười một đồng'],
    ['14', 'Mười bốn đồng'],
    ['15', 'Mười lăm đồng'],
    ['20', 'Hai mươi đồng'],
    ['21', 'Hai mươi mốt đồng'],
    ['24', 'Hai mươi bốn đồng'],
    ['25', 'Hai mươi lăm đồng'],
    ['55', 'Năm mươi lăm đồng'],
    ['100', 'Một trăm đồng'],
    ['101', 'Một trăm linh một đồng'],
    ['105', 'Một trăm linh năm đồng'],
    ['110', 'Một trăm mười đồng'],
    ['111', 'Một trăm mười một đồng'],
    ['115', 'Một trăm mười lăm đồng'],
    ['121', 'Một trăm hai mươi mốt đồng'],
    ['1000', 'Một nghìn đồng'],
    ['1005', 'Một nghìn không trăm linh năm đồng'],
    ['1010', 'Một nghìn không trăm mười đồng'],
    ['1100', 'Một nghìn một trăm đồng'],
    ['10000', 'Mười nghìn đồng'],
    ['15000', 'Mười lăm nghìn đồng'],
    ['21000', 'Hai mươi mốt nghìn đồng'],
    ['100005', 'Một trăm nghìn không trăm linh năm đồng'],
    ['1000000', 'Một triệu đồng'],
    ['1000005', 'Một triệu không trăm linh năm đồng'],
    ['1050000', 'Một triệu không trăm năm mươi nghìn đồng'],
    ['2000100', 'Hai triệu một trăm đồng'],
    ['1000000000', 'Một tỷ đồng'],
    ['1000000005', 'Một tỷ không trăm linh năm đồng'],
    ['2500000000', 'Hai tỷ năm trăm triệu đồng'],
    ['1000000000000', 'Một nghìn tỷ đồng'],
    ['1000000000000000', 'Một triệu tỷ đồng'],
    ['1000000000000000000', 'Một tỷ tỷ đồng'],
    ['15356250', 'Mười lăm triệu ba trăm năm mươi sáu nghìn hai trăm năm mươi đồng'],
    ['744778125', 'Bảy trăm bốn mươi bốn triệu bảy trăm bảy mươi tám nghìn một trăm hai mươi lăm đồng'],
    ['460687500', 'Bốn trăm sáu mươi triệu sáu trăm tám mươi bảy nghìn năm trăm đồng'],
    ['1234567891011', 'Một nghìn hai trăm ba mươi bốn tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn không trăm mười một đồng'],
  ])('%s → %s', (amount, words) => {
    expect(amountInVietnameseWords(amount)).toBe(words);
  });

  it('accepts a bigint and ignores leading zeros', () => {
    expect(amountInVietnameseWords(744778125n)).toBe(amountInVietnameseWords('744778125'));
    expect(amountInVietnameseWords('000105')).toBe('Một trăm linh năm đồng');
  });

  it('reads amounts beyond the safe integer range exactly', () => {
    expect(amountInVietnameseWords('9007199254740993')).toBe(
      'Chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi bốn triệu bảy trăm bốn mươi nghìn chín trăm chín mươi ba đồng',
    );
  });

  it.each(['', '-1', '1.5', '1e6', ' 12', '12 000', 'abc'])('rejects %j', (bad) => {
    expect(() => amountInVietnameseWords(bad)).toThrow(RangeError);
  });

  it('rejects a negative bigint', () => {
    expect(() => amountInVietnameseWords(-1n)).toThrow(RangeError);
  });
});
