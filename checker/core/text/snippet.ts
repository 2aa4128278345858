// Short excerpts of the original text for evidence: cut at whitespace where possible, whitespace collapsed.

/** An excerpt of `text` around [start, end) of at most `max` characters (plus "…" where cut). */
export function snippetAround(text: string, start: number, end: number, max = 160): string {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  if (end - start >= max) return clean(text.slice(start, start + max)) + (start + max < text.length ? '…' : '');
  const room = max - (end - start);
  let a = Math.max(0, start - Math.floor(room / 2));
  let b = Math.min(text.length, end + (room - (start - a)));
  if (b - a < max) a = Math.max(0, b - max);
  // Move inward to a whitespace boundary when one is near enough (a third of the margin).
  if (a > 0) {
    const ws = text.slice(a, start).search(/\s/);
    if (ws >= 0 && ws <= (start - a) / 3 + 8) a += ws + 1;
  }
  if (b < text.length) {
    const tail = text.slice(end, b);
    const m = /\s(?=\S*$)/.exec(tail);
    if (m && tail.length - m.index <= tail.length / 3 + 8) b = end + m.index;
  }
  return (a > 0 ? '…' : '') + clean(text.slice(a, b)) + (b < text.length ? '…' : '');
}

function clean(s: string): string {
  return s.replace(/[\u200B\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
}
