// The service worker: answers the content script and the side panel, fetches politely, stores per site.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isOitRequest } from '../lib/messages';
import { createWorker } from '../lib/worker';
import type { SiteRecord } from '../lib/store';

const FAILING = new Set(['missing', 'outdated', 'incomplete', 'broken']);

async function setToolbarBadge(tabId: number, rec: SiteRecord): Promise<void> {
  const n = rec.verdict.items.filter((i) => FAILING.has(i.status)).length;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: n ? '#b3261e' : '#1b7f3b' });
    await browser.action.setBadgeText({ tabId, text: n ? String(n) : '✓' });
  } catch {
    /* the tab may have closed meanwhile */
  }
}

export default defineBackground(() => {
  const worker = createWorker();

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (!isOitRequest(msg)) return undefined;
    const answer = worker.handle(msg);
    // The toolbar badge counts the items to fix on the tab's site (failures; needs-review not counted).
    const tabId = sender.tab?.id;
    if (tabId !== undefined && (msg.type === 'oit:check' || msg.type === 'oit:get'))
      void answer.then((a) => {
        const rec = (a as { record?: SiteRecord | null }).record;
        if (rec) void setToolbarBadge(tabId, rec);
      });
    return answer;
  });

  // Chrome opens the side panel from the toolbar button; Firefox has sidebar_action and its own toggle.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  if (!sidePanel) {
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    browser.action?.onClicked.addListener(() => void sidebar?.toggle());
  }
});
