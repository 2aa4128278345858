// When a visit to the ITA page starts a new live check: never checked, checked long ago, or the stored
// result came from elsewhere (another index page, an imported report is kept until the user asks).
import { SNAPSHOT_TTL_MS, type SiteRecord } from './store';

export function shouldCheck(rec: SiteRecord | null, _pageUrl: string, now: Date, ttl = SNAPSHOT_TTL_MS): boolean {
  if (!rec) return true;
  if (rec.source === 'report') return false;
  if (rec.error) return true;
  return now.getTime() - Date.parse(rec.checkedAt) > ttl;
}
