// Runs on the agency's pages (*.go.th, loopback, and sites the user turned on). On the ITA page it starts a
// live check and badges every item link; on other pages it shows what the last check said about them.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SiteRecord } from '../../lib/store';
import { langItem, watchRecord } from '../../lib/store';
import { BUILT_IN_MATCHES, normalizeUrl, siteKey } from '../../lib/sites';
import { snapshotFromPage } from '../../lib/html-snapshot';
import { looksLikeIndex } from '../../lib/triage';
import { clearOverlay, renderOverlay } from '../../lib/overlay';
import { shouldCheck } from '../../lib/freshness';
import { looksUnsettled, waitForSettledDom } from '../../lib/settle';

export default defineContentScript({
  matches: BUILT_IN_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    let record: SiteRecord | null = null;
    let isIndex = false;
    let url = location.href;

    const draw = async () => {
      if (!ctx.isValid) return;
      if (!record) return clearOverlay(document);
      const lang = await langItem.getValue();
      isIndex = isIndex || (!!record.indexUrl && normalizeUrl(record.indexUrl) === normalizeUrl(url));
      const r = renderOverlay(document, record, url, lang, isIndex);
      document.documentElement.dataset.oitOverlay = `${r.badges}`;
    };

    const start = async () => {
      url = location.href;
      if (looksUnsettled(document)) await waitForSettledDom(document);
      const page = snapshotFromPage(document, url);
      isIndex = looksLikeIndex(page);
      const got = (await browser.runtime.sendMessage({ type: 'oit:get', url })) as { record: SiteRecord | null } | undefined;
      record = got?.record ?? null;
      await draw();
      if (isIndex && shouldCheck(record, url, new Date())) {
        document.documentElement.dataset.oitChecking = 'true';
        const res = (await browser.runtime.sendMessage({ type: 'oit:check', url, page, year: record?.source === 'live' ? record.year : undefined })) as
          | { ok: true; record: SiteRecord }
          | { ok: false; error: string }
          | undefined;
        delete document.documentElement.dataset.oitChecking;
        if (res?.ok) {
          record = res.record;
          await draw();
        }
      }
    };

    // The side panel's "check again", year switch or language switch redraw the page without a reload.
    const unwatch = watchRecord(siteKey(location.href), (rec) => {
      record = rec;
      void draw();
    });
    const unwatchLang = langItem.watch(() => void draw());
    ctx.onInvalidated(() => {
      unwatch();
      unwatchLang();
      clearOverlay(document);
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => void start());
    await start();
  },
});
