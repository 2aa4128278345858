// Child processes for the bench: a site server in its own process, and a command whose peak RSS is sampled
// from /proc/<pid>/status (VmHWM is the kernel's high-water mark, so sampling only has to catch it before exit).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ChildSite {
  url: string;
  close(): Promise<void>;
}

export function serveInChild(dir: string): Promise<ChildSite> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/serve-child.ts', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout!.on('data', (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl >= 0) resolve({ url: buf.slice(0, nl).trim(), close: () => stop(child) });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`site server exited (${code})`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
  });
}

function vmHwmKb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

export interface MeasuredRun {
  code: number | null;
  wallSec: number;
  /** undefined where /proc is not available (macOS). */
  peakRssMb?: number;
  stdout: string;
  stderr: string;
}

export function runMeasured(args: string[], opts: { env?: Record<string, string>; timeoutMs: number }): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const sample = () => {
      const kb = child.pid ? vmHwmKb(child.pid) : undefined;
      if (kb && kb > peakKb) peakKb = kb;
    };
    const poll = setInterval(sample, 50);
    const killer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.once('error', reject);
    // 'exit' before the zombie is reaped is too late for /proc; the last poll ≤ 50 ms before exit holds the peak,
    // which only grows.
    child.once('close', (code) => {
      clearInterval(poll);
      clearTimeout(killer);
      resolve({ code, wallSec: (performance.now() - started) / 1000, peakRssMb: peakKb ? peakKb / 1024 : undefined, stdout, stderr });
    });
  });
}
