import type { CDPSession } from '@playwright/test';

/** One event of a Chrome trace (the Trace Event Format); `ts` and `dur` are in microseconds. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: how long the thread itself ran, in microseconds (waiting for a core not counted). */
  tdur?: number;
  pid: number;
  tid: number;
  args?: unknown;
}

/** A main-thread task in which Fact Lens's content script ran. */
export interface ExtensionTask {
  /** Milliseconds from the first event of the trace. */
  start: number;
  /** The whole task, in milliseconds: what the page waited for. */
  duration: number;
  /**
   * The main thread's own time in the task, in milliseconds: the work done, without the time the
   * thread waited for a core. On a busy 2-core machine a 6 ms task was seen to take 40 ms of wall time.
   */
  cpu: number;
  /** The longest stretch of our script inside it, in milliseconds. */
  script: number;
}

/**
 * The categories DevTools' Performance panel records: `RunTask` (each task of a thread) and the
 * script events inside it, which name the script's URL. Chosen over the Long Tasks API because that
 * API cannot say whose script made a task long: a content script's tasks carry no attribution.
 */
const CATEGORIES = 'disabled-by-default-devtools.timeline,devtools.timeline,v8.execute';

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
}

/** Stops the trace started by `startTrace` and reads its events. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('Chrome returned no trace stream');
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * The tasks in which a content script of the extension `extensionId` ran: every `RunTask` that
 * contains a script event (evaluation, function call) whose URL is one of its content scripts, with
 * the task's full duration, since a long task blocks the page whoever else ran in it.
 */
export function extensionTasks(events: readonly TraceEvent[], extensionId: string): ExtensionTask[] {
  const marker = `chrome-extension://${extensionId}/content-scripts/`;
  const origin = events.reduce((min, e) => (e.ph !== 'M' && e.ts > 0 && e.ts < min ? e.ts : min), Infinity);
  const runTasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const found = new Map<TraceEvent, ExtensionTask>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || e.name === 'RunTask' || !JSON.stringify(e.args ?? {}).includes(marker))
      continue;
    const task =
      runTasks.find(
        (t) => t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0),
      ) ?? e;
    const entry = found.get(task) ?? {
      start: (task.ts - origin) / 1000,
      duration: (task.dur ?? 0) / 1000,
      cpu: (task.tdur ?? task.dur ?? 0) / 1000,
      script: 0,
    };
    entry.script = Math.max(entry.script, e.dur / 1000);
    found.set(task, entry);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
