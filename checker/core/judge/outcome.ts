// What one check returns, and how outcomes combine (axe-core style: many small checks, one verdict).
import type { ItemStatus, Message } from '../types';
import { STATUS_SEVERITY } from '../types';
import { STATUS_LABELS } from '../status-labels';

/** One check's finding on one candidate. `status` is the worst the check alone would give the item. */
export interface Outcome {
  /** Which check produced it (for tests and debugging): 'fetch', 'period', 'element', 'special:o36', … */
  check: string;
  status: ItemStatus;
  /** Why the status (errors for failures, info for passes). */
  messages: Message[];
  /** Findings that never change the status (§0 soft rules, §15 content defects). */
  warnings: Message[];
  /** BE years that prove or disprove currency. */
  years?: number[];
  /** Offsets in the snapshot's original text of the passage that decided, for the evidence snippet. */
  span?: [number, number];
  /** Set when a failure is only because the window is still open (§6.4). */
  notYetDue?: { windowEnd: string };
  /** Outcome is about the period (so "not yet due" may soften it). */
  periodFailure?: boolean;
}

export function msg(code: string, severity: Message['severity'], th: string, en: string): Message {
  return { code, severity, th, en };
}

export function outcome(check: string, status: ItemStatus, init: Partial<Omit<Outcome, 'check' | 'status'>> = {}): Outcome {
  return { check, status, messages: init.messages ?? [], warnings: init.warnings ?? [], ...init };
}

export const pass = (check: string, init: Partial<Omit<Outcome, 'check' | 'status'>> = {}) => outcome(check, 'pass', init);

/** §6.3 rule 2: the most severe status wins. */
export function worstStatus(statuses: ItemStatus[]): ItemStatus {
  return statuses.reduce<ItemStatus>((w, s) => (STATUS_SEVERITY[s] > STATUS_SEVERITY[w] ? s : w), 'pass');
}

/** Thai list join: "ก, ข และ ค"; English: "a, b and c". */
export function joinTh(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} และ ${parts[parts.length - 1]}`;
}
export function joinEn(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export const STATUS_TH: Record<ItemStatus, string> = Object.fromEntries(
  Object.entries(STATUS_LABELS).map(([status, label]) => [status, label.th]),
) as Record<ItemStatus, string>;
