import { createHash } from 'node:crypto';

/**
 * Documents (State API, agent profile) with the concurrency rules of ADL's reference LRS
 * (adlnet/ADL_LRS lrs/utils/etag.py, lrs/managers/ActivityStateManager.py, read for this):
 * - GET returns the document with `ETag: "<sha1 of the body>"` (req_process.activity_state_get);
 * - PUT over an EXISTING document without If-Match or If-None-Match: 409 Conflict, "…did not
 *   include ETag headers" (check_modification_conditions, xAPI 1.0.3 Part Three §2.2 / RFC 7232);
 * - If-None-Match: * (or the current etag) on an existing document: 412 Precondition Failed;
 * - If-Match on a missing document: 412; If-Match that is not "*" and not the current etag: 412;
 * - POST (merge of JSON objects) needs no headers, but the same 412 checks apply.
 * The same rules hold for the agent profile (AgentProfileManager.put_profile/post_profile).
 */
export interface StoredDoc {
  body: string;
  etag: string;
}

export type DocWrite = { status: 204 } | { status: 400 | 409 | 412; reason: string };

export const etagOf = (body: string) => `"${createHash('sha1').update(body, 'utf8').digest('hex')}"`;

/** The ETag headers of a request, as ADL's get_etag_info reads them. */
export interface Preconditions {
  ifMatch: string | undefined;
  ifNoneMatch: string | undefined;
}

function listed(header: string, etag: string): boolean {
  return header.split(',').some((t) => t.trim() === '*' || t.trim() === etag);
}

export function writeDoc(store: Map<string, StoredDoc>, key: string, method: 'PUT' | 'POST', body: string, p: Preconditions): DocWrite {
  const existing = store.get(key);
  if (method === 'PUT' && existing && p.ifMatch === undefined && p.ifNoneMatch === undefined) {
    return { status: 409, reason: `A document matching your query already exists, but the request did not include ETag headers. If you would like to override the document, provide the following header:: If-Match: ${existing.etag}` };
  }
  if (p.ifNoneMatch !== undefined && existing && listed(p.ifNoneMatch, existing.etag)) return { status: 412, reason: 'Resource detected' };
  if (p.ifMatch !== undefined) {
    if (!existing) return { status: 412, reason: 'Resource does not exist' };
    if (!listed(p.ifMatch, existing.etag)) return { status: 412, reason: 'No resources matched your etag precondition' };
  }
  let next = body;
  if (method === 'POST' && existing) {
    // ActivityStateManager.post_state: merge the top-level properties of two JSON objects.
    try {
      next = JSON.stringify({ ...(JSON.parse(existing.body) as object), ...(JSON.parse(body) as object) });
    } catch {
      return { status: 400, reason: 'POST merges JSON objects only' };
    }
  }
  store.set(key, { body: next, etag: etagOf(next) });
  return { status: 204 };
}
