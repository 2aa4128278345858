// Pages whose ITA table is built by JavaScript (an empty #app at load) may still be filling in when the
// content script starts. Where the page looks like an app shell, wait until the DOM stops changing (or a
// few seconds pass) before reading it; server-rendered pages are read at once.
export function looksUnsettled(doc: Document): boolean {
  const text = (doc.body?.textContent ?? '').replace(/\s+/g, '').length;
  if (text > 400) return false;
  return !!doc.querySelector('#app, #root, #__next, #__nuxt, [ng-app], app-root, [data-reactroot], script[src]');
}

export function waitForSettledDom(doc: Document, opts: { quietMs?: number; maxMs?: number } = {}): Promise<void> {
  const quiet = opts.quietMs ?? 600;
  const max = opts.maxMs ?? 6000;
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout>;
    const done = () => {
      obs.disconnect();
      clearTimeout(timer);
      clearTimeout(cap);
      resolve();
    };
    const obs = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quiet);
    });
    obs.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(done, quiet);
    const cap = setTimeout(done, max);
  });
}
