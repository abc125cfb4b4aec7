import type { SaveStatus } from './tracker.ts';

/** A tiny observable for SaveStatus, shared by every adapter. */
export function createStatusHub(initial: SaveStatus) {
  let status = initial;
  const listeners = new Set<(s: SaveStatus) => void>();
  return {
    get: () => status,
    set(next: SaveStatus) {
      if (next === status) return;
      status = next;
      for (const l of listeners) l(next);
    },
    subscribe(listener: (s: SaveStatus) => void): () => void {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
  };
}
