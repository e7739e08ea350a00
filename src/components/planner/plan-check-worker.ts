/**
 * Checks plans against the plan schema off the page's main thread: the plans stored on the device
 * when the page opens, or a file a person imports. Started only then, so the schema's library is not
 * part of a first visit.
 */
import { checkPlanData, readPlanFile, type PlanReading } from '../../lib/planner/file';

/** What the page sends: stored values (parsed JSON), or an imported file's text and size. */
export type CheckRequest = { type: 'stored'; data: unknown[] } | { type: 'file'; text: string; bytes: number };

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  const reply: PlanReading[] = request.type === 'stored' ? request.data.map(checkPlanData) : [readPlanFile(request.text, request.bytes)];
  (self as unknown as Worker).postMessage(reply);
});
