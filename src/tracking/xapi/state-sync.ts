import { failure, getState, putState, type LrsConfig, type Outcome, type Precondition, type StateRef } from './lrs-client.ts';

/**
 * What we know of the LRS's copy of our State document: its ETag, `null` when we know it
 * does not exist, `undefined` when we don't know (then we read it before writing).
 */
export type Known = string | null | undefined;

/** Two versions of the document into one (ours is the running session's; see saved-state.ts mergeDocs). */
export type Merge = (ours: string, theirs: string) => string;

export interface StateSyncResult {
  out: Outcome;
  known: Known;
  /** The body that was (or would have been) written: ours merged with what the LRS held. */
  body: string;
}

/** A found document whose ETag the LRS hides: "*" still never overwrites without a precondition. */
const preOf = (known: string | null): Precondition => (known === null ? { ifNoneMatch: '*' } : { ifMatch: known });

/**
 * Writes the document with concurrency headers, as ADL's LRS demands (lrs/utils/etag.py):
 * create with If-None-Match: *, replace with If-Match: <etag>. On 409 (no headers) or 412
 * (someone wrote in between) re-read, merge, and try again — never drop the bookmark.
 * After a write, the new ETag is read back when the LRS did not return one, so the next
 * write (possibly a keepalive one on pagehide, which cannot wait for a read) is ready.
 */
export async function syncState(cfg: LrsConfig, ref: StateRef, body: string, known: Known, merge: Merge): Promise<StateSyncResult> {
  let current = known;
  let next = body;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (current === undefined) {
      const read = await getState(cfg, ref);
      if (read.kind === 'error') return { out: readFailure(read.reason, read.status), known: undefined, body: next };
      if (read.kind === 'found') {
        next = merge(next, read.body);
        current = read.etag ?? '*';
      } else current = null;
    }
    const out = await putState(cfg, ref, next, preOf(current));
    if (out.kind === 'ok') return { out, known: out.etag ?? (await etagAfterWrite(cfg, ref)), body: next };
    if (out.kind === 'reject' && (out.status === 409 || out.status === 412)) {
      current = undefined;
      continue;
    }
    return { out, known: current, body: next };
  }
  return { out: { kind: 'retry', reason: 'the State document kept changing under us (409/412 three times)', network: false }, known: undefined, body: next };
}

/** The ETag as it is now; undefined when it cannot be read (the next write reads first). */
async function etagAfterWrite(cfg: LrsConfig, ref: StateRef): Promise<Known> {
  const read = await getState(cfg, ref);
  return read.kind === 'found' ? (read.etag ?? '*') : undefined;
}

function readFailure(reason: string, status: number | null): Outcome {
  return status === null ? { kind: 'retry', reason, network: true } : failure(status, reason);
}

/** A keepalive write on pagehide: no time to read, so only with what we already know. */
export function keepaliveState(cfg: LrsConfig, ref: StateRef, body: string, known: Known): Promise<Outcome & { etag?: string | null }> | null {
  return known === undefined ? null : putState(cfg, ref, body, preOf(known), true);
}
