// The worker's logic, apart from the entrypoint so unit tests drive it with fakeBrowser.
import { browser } from 'wxt/browser';
import { judgeSite } from '../../checker/core/index';
import { runCheck } from './check';
import { fetchSnapshot } from './fetch-snapshot';
import type { OitRequest } from './messages';
import { createLimiter, SessionBudget } from './queue';
import { bundledRuleSets } from './rulesets';
import { isBuiltInSite, originPattern, siteKey } from './sites';
import { addEnabledSite, getEnabledSites, getRecord, getSnapshots, putSnapshots, sessionCounts, setRecord, type SiteRecord } from './store';
import type { FetchedSnapshot } from './fetch-snapshot';

/** Two requests at a time per browser, as polite as the CLI's default per host. */
export const CONCURRENCY = 2;
/** Requests one site may receive in one browser session. */
export const SESSION_CAP = 150;
export const CONTENT_SCRIPT_ID = 'oit-user-sites';
export const CONTENT_SCRIPT_FILE = 'content-scripts/ita.js';

export interface WorkerDeps {
  fetchSnapshot: (url: string) => Promise<FetchedSnapshot>;
  sessionCap: number;
  concurrency: number;
}

export function createWorker(deps: Partial<WorkerDeps> = {}) {
  const limiter = createLimiter(deps.concurrency ?? CONCURRENCY);
  const budget = new SessionBudget(deps.sessionCap ?? SESSION_CAP, sessionCounts);
  const running = new Map<string, Promise<SiteRecord>>();

  async function allowed(url: string): Promise<boolean> {
    if (isBuiltInSite(url)) return true;
    try {
      return await browser.permissions.contains({ origins: [originPattern(url)] });
    } catch {
      return false;
    }
  }

  async function check(req: Extract<OitRequest, { type: 'oit:check' }>): Promise<SiteRecord> {
    const site = siteKey(req.url);
    // One check per site at a time: a second tab or a double click joins the running one.
    const existing = running.get(site);
    if (existing && !req.force && !req.offline) return existing;
    const p = (async () => {
      const previous = await getRecord(site);
      const rec = await runCheck(req, {
        fetchSnapshot: deps.fetchSnapshot ?? ((u) => fetchSnapshot(u)),
        budget,
        limiter,
        loadCache: getSnapshots,
        saveCache: putSnapshots,
        judgeSite,
        ruleSets: bundledRuleSets(),
        mayFetch: allowed,
        previous,
      });
      await setRecord(rec);
      return rec;
    })();
    running.set(site, p);
    try {
      return await p;
    } finally {
      if (running.get(site) === p) running.delete(site);
    }
  }

  async function registerUserSite(url: string): Promise<void> {
    const pattern = originPattern(url);
    await addEnabledSite(pattern);
    const matches = await getEnabledSites();
    const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
    if (!scripting?.registerContentScripts) return;
    const existing = await scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    const script = { id: CONTENT_SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true };
    if (existing.length) await scripting.updateContentScripts([script]);
    else await scripting.registerContentScripts([script]);
  }

  async function handle(msg: OitRequest): Promise<unknown> {
    switch (msg.type) {
      case 'oit:get':
        return { ok: true, record: await getRecord(siteKey(msg.url)) };
      case 'oit:allowed':
        return { ok: true, allowed: await allowed(msg.url) };
      case 'oit:check': {
        // Nothing runs on sites the user did not turn on (the manifest grants only *.go.th and loopback).
        if (!(await allowed(msg.url))) return { ok: false, error: 'site-not-enabled' };
        try {
          return { ok: true, record: await check(msg) };
        } catch (e) {
          return { ok: false, error: (e as Error).message };
        }
      }
      case 'oit:enabled': {
        if (!(await allowed(msg.url))) return { ok: false, error: 'permission-not-granted' };
        await registerUserSite(msg.url);
        return { ok: true };
      }
    }
  }

  return { handle, check, allowed, budget, limiter };
}
