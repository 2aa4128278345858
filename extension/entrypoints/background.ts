// The service worker: answers the content script and the side panel, fetches politely, stores per site.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isOitRequest } from '../lib/messages';
import { createWorker } from '../lib/worker';

export default defineBackground(() => {
  const worker = createWorker();

  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (!isOitRequest(msg)) return undefined;
    return worker.handle(msg);
  });

  // Chrome opens the side panel from the toolbar button; Firefox has sidebar_action and its own toggle.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  if (!sidePanel) {
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    browser.action?.onClicked.addListener(() => void sidebar?.toggle());
  }
});
