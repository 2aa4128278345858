// Turning HTML bytes into text. Older Thai agency sites serve TIS-620 with no charset, or declare the wrong one
// (thai-text-and-dates.md §11): header → <meta> → sniff, then a sanity check of the declared decode.

export type CharsetSource = 'bom' | 'header' | 'meta' | 'sniff' | 'default' | 'corrected';

export interface Decoded {
  text: string;
  /** WHATWG encoding name actually used (e.g. 'utf-8', 'windows-874'). */
  encoding: string;
  source: CharsetSource;
}

function canonical(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
  } catch {
    return undefined;
  }
}

export function charsetFromContentType(ct: string | undefined): string | undefined {
  const m = ct && /charset\s*=\s*["']?([\w.:-]+)/i.exec(ct);
  return m ? m[1] : undefined;
}

/** The HTML spec's prescan, simplified: look at the first bytes for <meta charset> or http-equiv. */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const m of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(m);
    if (direct) return direct[1];
  }
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasMultibyteUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0xc2) return true;
  return false;
}

function countChar(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

/** Share of high bytes that windows-874 maps to Thai: ~1 for a TIS-620 page, low for Latin-1 or binary. */
function thaiShareAs874(bytes: Uint8Array): { high: number; thai: number } {
  let high = 0;
  let thai = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) {
      high++;
      if ((b >= 0xa1 && b <= 0xda) || (b >= 0xdf && b <= 0xfb)) thai++;
    }
  }
  return { high, thai };
}

// One decoder per encoding: a one-shot decode() keeps no state, and building an ICU converter per page showed up
// in the crawl profile.
const decoders = new Map<string, TextDecoder>();
function decode(bytes: Uint8Array, encoding: string): string {
  let d = decoders.get(encoding);
  if (!d) decoders.set(encoding, (d = new TextDecoder(encoding)));
  return d.decode(bytes);
}

/**
 * Decode an HTML (or text) body. `contentType` is the response header. A declared charset is trusted unless its
 * decode is clearly wrong: U+FFFD en masse (TIS-620 declared as UTF-8), Latin mojibake where windows-874 gives
 * Thai (TIS-620 declared as ISO-8859-1), or valid multi-byte UTF-8 declared as a single-byte charset.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8', source: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', source: 'bom' };

  const fromHeader = canonical(charsetFromContentType(contentType));
  const fromMeta = fromHeader ? undefined : canonical(charsetFromMeta(bytes));
  // A page saved as UTF-16 still says so in <meta>, but its bytes are ASCII-compatible by then.
  const declared = fromHeader ?? (fromMeta?.startsWith('utf-16') ? 'utf-8' : fromMeta);
  // Counted only when a branch needs it: a byte loop over every page was a crawl hot spot (bench), and the common
  // case (UTF-8 declared, decodes cleanly) never looks at it.
  let share: { high: number; thai: number } | undefined;
  const shareOf = () => (share ??= thaiShareAs874(bytes));
  const looksTisNow = () => shareOf().high > 0 && shareOf().thai / shareOf().high > 0.9;

  if (declared) {
    const text = decode(bytes, declared);
    const source: CharsetSource = fromHeader ? 'header' : 'meta';
    if (declared === 'utf-8') {
      const bad = text.includes('\uFFFD') ? countChar(text, /\uFFFD/g) : 0;
      if (bad >= 10 && bad > text.length * 0.005 && looksTisNow()) return { text: decode(bytes, 'windows-874'), encoding: 'windows-874', source: 'corrected' };
      return { text, encoding: declared, source };
    }
    if (declared !== 'windows-874' && hasMultibyteUtf8(bytes) && isValidUtf8(bytes)) {
      return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', source: 'corrected' };
    }
    if ((declared === 'windows-1252' || declared === 'iso-8859-2' || declared === 'iso-8859-15') && looksTisNow() && shareOf().high >= 20 && countChar(text, /[\u0E00-\u0E7F]/g) === 0) {
      return { text: decode(bytes, 'windows-874'), encoding: 'windows-874', source: 'corrected' };
    }
    return { text, encoding: declared, source };
  }
  if (!hasMultibyteUtf8(bytes) && shareOf().high === 0) return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', source: 'default' };
  if (isValidUtf8(bytes)) return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', source: 'sniff' };
  if (looksTisNow()) return { text: decode(bytes, 'windows-874'), encoding: 'windows-874', source: 'sniff' };
  return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', source: 'default' };
}
