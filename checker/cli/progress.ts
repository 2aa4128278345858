// Progress on a terminal (cli-progress on stderr, so stdout stays the summary); nothing when not a TTY.
import cliProgress from 'cli-progress';
import type { CheckProgress } from './pipeline';

export interface ProgressView {
  update(p: CheckProgress): void;
  phase(name: 'judging' | 'writing'): void;
  stop(): void;
}

const SILENT: ProgressView = { update() {}, phase() {}, stop() {} };

export function progressView(maxPages: number, enabled = !!process.stderr.isTTY): ProgressView {
  if (!enabled) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      format: ' {bar} {value}/{total} URL ดึงแล้ว/fetched · เอกสาร/documents {documents} · คิว/queued {queued} · ข้าม/skipped {skipped} {phase}',
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(maxPages, 0, { documents: 0, queued: 0, skipped: 0, phase: '' });
  let stopped = false;
  return {
    update(p) {
      if (stopped) return;
      bar.setTotal(Math.max(maxPages, p.fetched));
      bar.update(p.fetched, { documents: p.documents, queued: p.queued, skipped: p.notChecked, phase: '' });
    },
    phase(name) {
      if (stopped) return;
      bar.update({ phase: name === 'judging' ? '· ตัดสินรายข้อ/judging items' : '· เขียนรายงาน/writing' });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
