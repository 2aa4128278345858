// Thai digits ๐–๙ are U+0E50–U+0E59: value = code point − 0x0E50, so conversion is one code unit for one.
const THAI_DIGIT = /[\u0E50-\u0E59]/g;

export function thaiDigitsToAscii(s: string): string {
  return s.replace(THAI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0e50));
}

export function toThaiDigits(n: number | string): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + d.charCodeAt(0) - 48));
}
