// Escaping for every format the reports write. Crawled text (titles, link texts, snippets, URLs) is
// attacker-controlled: an agency page title can carry `<script>`, a link can be `javascript:`.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]!);
}

/** The URL when it is http(s) and parses, else undefined: only such URLs may become links. */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // Browsers strip tabs/newlines and leading controls before reading the scheme ("java\tscript:").
  const cleaned = value.replace(/[\u0000-\u0020\u007f]+/g, (m, offset: number) => (offset === 0 ? '' : m));
  if (/[\t\n\r]/.test(cleaned)) return undefined;
  try {
    const u = new URL(cleaned);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.href;
  } catch {
    return undefined;
  }
}

/** A link for http(s) URLs; anything else is shown as plain (escaped) text. */
export function linkHtml(url: string, text?: string): string {
  const href = safeHttpUrl(url);
  const label = escapeHtml(text ?? url);
  // Not linkable: show the address as text too, so a reader sees what the page really pointed to.
  if (!href) return `<span class="nolink">${label}${text && text !== url ? ` (${escapeHtml(url)})` : ''}</span>`;
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow" target="_blank">${label}</a>`;
}

// XML 1.0 forbids most C0 controls even as character references, so they are dropped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(value: unknown): string {
  return String(value ?? '')
    .replace(XML_INVALID, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * One CSV cell, always quoted. A leading = + - @ (or tab/CR) would make Excel run a formula from crawled
 * text, so it is prefixed with an apostrophe (OWASP CSV injection advice).
 */
export function csvCell(value: unknown): string {
  let s = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}
