import { ID_NUMBER_PATTERN, PHONE_PATTERN } from './common.js';

const MASK = '*';

/** `13812345678` → `138****5678`. Anything not a phone number is masked whole but for its last two characters. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  if (PHONE_PATTERN.test(digits)) return `${digits.slice(0, 3)}${MASK.repeat(4)}${digits.slice(7)}`;
  return maskAllBut(digits, 2);
}

/** `110101199003071234` → `1101**********1234`: region kept, birth date hidden. */
export function maskIdNumber(idNumber: string): string {
  const value = idNumber.trim();
  if (ID_NUMBER_PATTERN.test(value)) return `${value.slice(0, 4)}${MASK.repeat(10)}${value.slice(14)}`;
  return maskAllBut(value, 2);
}

/** `张建国` → `张**`; a one-character name is kept. Used where a resident is shown publicly. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  return chars[0] + MASK.repeat(chars.length - 1);
}

export function isMasked(value: string): boolean {
  return value.includes(MASK);
}

function maskAllBut(value: string, keep: number): string {
  if (value.length <= keep) return MASK.repeat(value.length);
  return MASK.repeat(value.length - keep) + value.slice(-keep);
}
