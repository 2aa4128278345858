// When a statically fetched page is only a JavaScript shell and must be rendered to be read (peers.md §6:
// "escalate to a browser when a page's artifact is nearly empty"). Thai agency CMSs are mostly server-rendered,
// so the bar is high: almost no text AND a sign of a client-side app.
import type { CheerioAPI } from 'cheerio';

const ENABLE_JS = /enable\s+javascript|javascript\s+(is\s+)?(required|disabled)|turn\s+on\s+javascript|เปิด(ใช้งาน|การใช้งาน)?\s*(javascript|จาวาสคริปต์)/i;

/** The reason to render, or undefined when the static HTML is enough. `bodyText` is the extracted text. */
export function renderReason($: CheerioAPI, bodyText: string): string | undefined {
  const textLen = bodyText.replace(/\s+/g, '').length;
  if (textLen > 400) return undefined;
  const scripts = $('script').length;
  if (scripts === 0) return undefined;
  for (const id of ['root', 'app', '__next', '__nuxt', 'q-app', 'svelte']) {
    const el = $(`#${id}`);
    if (el.length && el.text().replace(/\s+/g, '').length < 40) return `empty #${id} app shell`;
  }
  const nextData = $('script#__NEXT_DATA__');
  if (nextData.length) return '__NEXT_DATA__ without content';
  if ($('app-root, [ng-app], [data-reactroot], [ng-version]').length) return 'client-side app root';
  const noscript = $('noscript').text();
  if (ENABLE_JS.test(noscript)) return 'noscript asks for JavaScript';
  if (textLen < 80 && $('a[href]').length < 3) return 'almost empty body with scripts';
  return undefined;
}
