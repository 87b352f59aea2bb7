// A fixed pool of worker threads (worker.mjs) that analyse the corpora in parallel. Tasks go to
// whichever worker is idle; `all` hands out the largest first and keeps the input order.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));

export class Pool {
  constructor(size, data) {
    this.workers = [];
    this.queue = [];
    this.pending = new Map();
    this.idle = [];
    this.ready = Promise.all(
      Array.from({ length: size }, () => {
        const worker = new Worker(WORKER, { workerData: data });
        this.workers.push(worker);
        return new Promise((resolveReady, rejectReady) => {
          worker.once('error', rejectReady);
          worker.on('message', (msg) => {
            if (msg.ready) {
              this.idle.push(worker);
              resolveReady();
              this.pump();
              return;
            }
            const done = this.pending.get(msg.key);
            this.pending.delete(msg.key);
            this.idle.push(worker);
            done?.(msg);
            this.pump();
          });
        });
      }),
    );
    this.seq = 0;
  }

  run(task) {
    return new Promise((done) => {
      const key = ++this.seq;
      this.pending.set(key, done);
      this.queue.push({ ...task, key });
      this.pump();
    });
  }

  pump() {
    while (this.idle.length && this.queue.length) this.idle.pop().postMessage(this.queue.shift());
  }

  /** Run tasks largest first (better balance across workers), results in input order. */
  async all(tasks, size = () => 0) {
    const order = tasks.map((t, i) => i).sort((a, b) => size(tasks[b]) - size(tasks[a]));
    const results = new Array(tasks.length);
    await Promise.all(order.map(async (i) => (results[i] = await this.run(tasks[i]))));
    return results;
  }

  close() {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}
