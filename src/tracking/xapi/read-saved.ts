import { getState, type LrsConfig, type StateRef } from './lrs-client.ts';
import type { Outbox } from './outbox.ts';
import { decodeDoc, readMirror, type SavedDoc } from './saved-state.ts';

const EMPTY: SavedDoc = { saved: null, completed: false, passed: false };

/**
 * Where the saved state comes from at launch, newest first: a state write still waiting in
 * the outbox, the LRS, or — when the LRS cannot be reached — the device copy. Never start
 * from scratch just because the network is down: the next write would erase the LRS copy.
 */
/** The LRS refused our credentials (401/403): a launch problem, not a network one. */
export interface Refused {
  refused: string;
}

export async function readSaved(lrs: LrsConfig, ref: StateRef, outbox: Outbox, win: Window, mirror: string, log: (m: string) => void): Promise<SavedDoc | Refused> {
  const pending = decodeDoc(outbox.pendingState()?.body);
  if (pending) return pending;
  const read = await getState(lrs, ref);
  // What the outbox needs for its first write: If-Match this ETag, or If-None-Match: * (state-sync.ts).
  if (read.kind === 'found') outbox.knowState(read.etag ?? '*');
  if (read.kind === 'absent') outbox.knowState(null);
  if (read.kind === 'found') return decodeDoc(read.body) ?? EMPTY;
  if (read.kind === 'absent') return EMPTY;
  if (read.status === 401 || read.status === 403) return { refused: `LRS-et avviste "auth" (${read.reason}) ved lesing av State API.` };
  log(`could not read the saved state from the LRS (${read.reason}); using the copy on this device`);
  return readMirror(win, mirror) ?? EMPTY;
}
