// The Node edge asks the core (H2's textQuality) one question: can this PDF text layer be trusted, or should
// another extractor be tried. Thai normalisation itself stays in the core.
import { textQuality } from '../core/text/quality';

export interface Quality {
  readable: boolean;
  reasons: string[];
  score: number;
}

export function pdfTextQuality(text: string, pageCount: number): Quality {
  const q = textQuality(text, { kind: 'pdf', pageCount });
  return { readable: q.readable, reasons: q.reasons, score: q.score };
}
