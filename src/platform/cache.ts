/**
 * A small bounded memo for reads of data that only changes when it is reloaded (the knowledge
 * content). Keeps the promise, so simultaneous misses share one query; forgets a failed load;
 * drops the least recently used entry when full. Per process and never a source of truth: each
 * instance fills its own, so nothing needs sharing between instances.
 */
export class MemoCache<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly max: number) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const loading = load();
    this.entries.set(key, loading);
    loading.catch(() => {
      if (this.entries.get(key) === loading) this.entries.delete(key);
    });
    if (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return loading;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
