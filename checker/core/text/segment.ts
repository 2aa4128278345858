// Word and grapheme segmentation with Intl.Segmenter (ICU dictionary for Thai). On Node 20 one long string is
// super-linear (TOOLCHAIN.md: 390k characters take ~56 s), so segment per whitespace chunk.
type Seg = { segment: string; isWordLike?: boolean };
type Segmenter = { segment(s: string): Iterable<Seg> };

const SegmenterCtor = (Intl as unknown as { Segmenter?: new (loc: string, o: { granularity: string }) => Segmenter }).Segmenter;
let wordSeg: Segmenter | undefined;
let graphemeSeg: Segmenter | undefined;

/** Thai word segmentation; returns the word-like segments (no spaces or punctuation), in order. */
export function segmentWords(s: string): string[] {
  const out: string[] = [];
  if (!SegmenterCtor) {
    for (const w of s.split(/[\s\p{P}]+/u)) if (w) out.push(w);
    return out;
  }
  wordSeg ??= new SegmenterCtor('th', { granularity: 'word' });
  for (const chunk of s.split(/\s+/)) {
    if (!chunk) continue;
    for (const seg of wordSeg.segment(chunk)) if (seg.isWordLike) out.push(seg.segment);
  }
  return out;
}

/** User-perceived characters (a Thai consonant with its marks is one). */
export function graphemes(s: string): string[] {
  if (!SegmenterCtor) return Array.from(s);
  graphemeSeg ??= new SegmenterCtor('th', { granularity: 'grapheme' });
  const out: string[] = [];
  for (const seg of graphemeSeg.segment(s)) out.push(seg.segment);
  return out;
}
