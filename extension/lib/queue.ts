// Politeness for small agency servers: few requests at a time, and a hard cap on how many one browser
// session may send to one site (the user did not ask for a crawl; they opened a page).

export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly pending: number;
}

export function createLimiter(concurrency: number): Limiter {
  let active = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    if (active >= concurrency) return;
    const go = waiting.shift();
    if (go) {
      active++;
      go();
    }
  };
  return {
    get active() {
      return active;
    },
    get pending() {
      return waiting.length;
    },
    run<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          task()
            .then(resolve, reject)
            .finally(() => {
              active--;
              next();
            });
        });
        next();
      });
    },
  };
}

/** Counts requests per site; the store is the browser's session storage so the count survives a worker restart. */
export interface CountStore {
  get(site: string): Promise<number>;
  set(site: string, n: number): Promise<void>;
}

export class SessionBudget {
  constructor(
    readonly cap: number,
    private readonly store: CountStore,
  ) {}

  // Read-then-write on async storage races when two fetches start together; serialise the takes.
  private chain: Promise<unknown> = Promise.resolve();

  /** Takes one request from the site's budget; false when it is spent. */
  take(site: string): Promise<boolean> {
    const attempt = this.chain.then(async () => {
      const used = await this.store.get(site);
      if (used >= this.cap) return false;
      await this.store.set(site, used + 1);
      return true;
    });
    this.chain = attempt.catch(() => undefined);
    return attempt;
  }

  async used(site: string): Promise<number> {
    return this.store.get(site);
  }

  async remaining(site: string): Promise<number> {
    return Math.max(0, this.cap - (await this.store.get(site)));
  }
}
