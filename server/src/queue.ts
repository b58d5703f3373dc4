/**
 * Runs tasks one after another. The engine (a memory adapter) holds one "current session", so
 * each request sets it and runs to completion before the next starts.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
