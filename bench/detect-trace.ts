// Thread time of the bench page's main thread, read from a Chromium trace: on a loaded machine a slice's wall time
// counts every moment the OS gave the core to another process, while a task's thread time (`tdur`) counts only the
// main thread's own work — what the same scan costs a reader's idle machine.

/** The trace categories `threadTimes` reads: every main-thread task with its thread time, and the run marks. */
export const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  cat?: string;
  ph?: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

/** One run's main-thread work by thread time: in all, and its longest task (ms). */
export interface ThreadTime {
  cpu: number;
  longest: number;
}

/**
 * Per run r, the tasks of the main thread overlapping the marks `vb-start-r` … `vb-end-r` the page set around it:
 * the sum and the longest of their thread times.
 */
export function threadTimes(trace: Buffer, runs: number): ThreadTime[] {
  const parsed = JSON.parse(trace.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const marks = new Map(events.filter((e) => e.name.startsWith('vb-')).map((e) => [e.name, e]));
  const out: ThreadTime[] = [];
  for (let r = 0; r < runs; r++) {
    const start = marks.get(`vb-start-${r}`);
    const end = marks.get(`vb-end-${r}`);
    if (!start || !end) continue;
    let cpu = 0;
    let longest = 0;
    for (const e of events) {
      if (e.name !== 'RunTask' || e.pid !== start.pid || e.tid !== start.tid || e.tdur === undefined)
        continue;
      if (e.ts + (e.dur ?? 0) < start.ts || e.ts > end.ts) continue;
      cpu += e.tdur / 1000;
      longest = Math.max(longest, e.tdur / 1000);
    }
    out.push({ cpu, longest });
  }
  return out;
}
