// A string together with, for each of its code units, the offset of the code unit it came from in the
// original text. Every normalisation step rewrites both, so a match found in normalised text can be shown
// (and highlighted) in the original.
export interface Mapped {
  s: string;
  /** map[i] = original offset of s[i]; map[s.length] = original length. */
  map: Int32Array;
}

export function identity(s: string): Mapped {
  const map = new Int32Array(s.length + 1);
  for (let i = 0; i <= s.length; i++) map[i] = i;
  return { s, map };
}

/**
 * Regex replace that keeps the offset map. Each output unit of a replacement points at the matched unit
 * at the same position (or the last one), so a deletion maps to nothing and a 2→1 contraction to its start.
 */
export function replaceMapped(m: Mapped, re: RegExp, repl: string | ((match: string) => string)): Mapped {
  if (!re.global) throw new Error('replaceMapped needs a global regex');
  re.lastIndex = 0;
  if (!re.test(m.s)) return m;
  re.lastIndex = 0;
  const parts: string[] = [];
  const idx: number[] = [];
  let last = 0;
  const src = m.s;
  for (let r = re.exec(src); r; r = re.exec(src)) {
    const start = r.index;
    const matched = r[0];
    if (matched.length === 0) {
      re.lastIndex++;
      continue;
    }
    if (start > last) {
      parts.push(src.slice(last, start));
      for (let i = last; i < start; i++) idx.push(m.map[i]);
    }
    const out = typeof repl === 'string' ? repl : repl(matched);
    parts.push(out);
    for (let k = 0; k < out.length; k++) idx.push(m.map[start + Math.min(k, matched.length - 1)]);
    last = start + matched.length;
  }
  if (last < src.length) {
    parts.push(src.slice(last));
    for (let i = last; i < src.length; i++) idx.push(m.map[i]);
  }
  const s = parts.join('');
  const map = new Int32Array(s.length + 1);
  map.set(idx);
  map[s.length] = m.map[src.length];
  return { s, map };
}
