import type { TrackingEvent } from '../../state/events.ts';

/**
 * Page changes and results go out at once; an answer or a reflection on the page waits for
 * the next page change (or the outbox's idle timer). That keeps it to about one request per
 * page change, and every statement is on the device from the moment it is made.
 */
export function sendSoon(events: readonly TrackingEvent[]): boolean {
  return events.some((e) => e.type === 'page-viewed' || e.type === 'assessment-submitted' || e.type === 'course-completed');
}
