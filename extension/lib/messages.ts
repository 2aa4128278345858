// Messages between the content script, the side panel and the worker. The worker is the one place that
// fetches (host permissions, no CORS), counts the session budget and writes results.
import type { Snapshot } from '../../checker/core/types';
import type { SiteRecord } from './store';

export type OitRequest =
  | { type: 'oit:check'; url: string; page?: Snapshot; year?: number; force?: boolean; offline?: boolean }
  | { type: 'oit:get'; url: string }
  | { type: 'oit:allowed'; url: string }
  /** After the side panel obtained the optional host permission: register the content script there. */
  | { type: 'oit:enabled'; url: string };

export type OitResponse<R extends OitRequest> = R extends { type: 'oit:check' }
  ? { ok: true; record: SiteRecord } | { ok: false; error: string }
  : R extends { type: 'oit:get' }
    ? { ok: true; record: SiteRecord | null }
    : R extends { type: 'oit:allowed' }
      ? { ok: true; allowed: boolean }
      : { ok: true } | { ok: false; error: string };

export function isOitRequest(m: unknown): m is OitRequest {
  return !!m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string' && (m as { type: string }).type.startsWith('oit:');
}
