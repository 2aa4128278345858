// Thai text layer of the pure core: digits, normalisation, matching, quality, item codes, snippets.
export { thaiDigitsToAscii, toThaiDigits } from './digits';
export {
  normalizeThai,
  normalizeWithOffsets,
  compact,
  PUA_MAP,
  type NormalizeOptions,
  type NormalizedText,
} from './normalize';
export { prepareText, fuzzyFind, similarity, trigramDice, type PreparedText, type FuzzyMatch } from './fuzzy';
export { textQuality, QUALITY_REASONS, type TextQuality, type QualityKind } from './quality';
export { findItemCodes, MAX_ITEM, type ItemCodeHit, type ItemCodeOptions } from './itemCodes';
export { snippetAround } from './snippet';
export { segmentWords, graphemes } from './segment';
