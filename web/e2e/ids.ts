/** Valid Chinese identifiers for the specs: the pages check them as the API does. */

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A 统一社会信用代码 (GB 32100) with its check character, unique enough for a build's shared database. */
export function creditCode(): string {
  const body = `913505${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  const sum = body.split('').reduce((s, c, i) => s + CREDIT_CHARS.indexOf(c) * CREDIT_WEIGHTS[i], 0);
  const check = (31 - (sum % 31)) % 31;
  return body + CREDIT_CHARS[check];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A 公民身份号码 (GB 11643) born 1985-03-12, with its check character. */
export function idNumber(): string {
  const body = `35050219850312${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  const sum = body.split('').reduce((s, c, i) => s + Number(c) * ID_WEIGHTS[i], 0);
  return body + '10X98765432'[sum % 11];
}
