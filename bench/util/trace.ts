// Main-thread time of the extension's content script in a real page load, from a Chromium
// performance trace (the one DevTools records): every top-level task of the page's main
// thread that runs content-script code is attributed to the content script.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] }; [k: string]: unknown };
}

export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'];

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function urlOf(e: TraceEvent): string | undefined {
  const d = e.args?.data;
  return d?.url || d?.scriptName || d?.stackTrace?.[0]?.url || (e.args as { fileName?: string } | undefined)?.fileName;
}

export interface ContentScriptTime {
  /** Tasks that ran content-script code, with their whole durations (ms). */
  tasks: number[];
  totalMs: number;
  longTasks: number;
  /** Time inside the content script's own script events (ms), without the rest of those tasks. */
  scriptMs: number;
}

/** Content-script tasks on the main thread that ran it; null when no content-script event was traced. */
export function contentScriptTime(events: TraceEvent[], scriptPrefix: string): ContentScriptTime | null {
  const marks = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && (urlOf(e) ?? '').startsWith(scriptPrefix));
  if (marks.length === 0) return null;
  const threads = new Set(marks.map((e) => `${e.pid}:${e.tid}`));
  const tasks = events
    .filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && threads.has(`${e.pid}:${e.tid}`) && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts);
  // Top-level tasks only (a RunTask nested in another is part of it).
  const top: TraceEvent[] = [];
  for (const t of tasks) {
    const last = top[top.length - 1];
    if (last && last.pid === t.pid && last.tid === t.tid && t.ts < last.ts + (last.dur ?? 0)) continue;
    top.push(t);
  }
  const hit = new Set<TraceEvent>();
  for (const m of marks) {
    const task = top.find((t) => t.pid === m.pid && t.tid === m.tid && m.ts >= t.ts && m.ts <= t.ts + (t.dur ?? 0));
    if (task) hit.add(task);
  }
  // Script self-time: outermost content-script events only.
  const sorted = [...marks].sort((a, b) => a.ts - b.ts);
  let scriptUs = 0;
  let end = -Infinity;
  for (const m of sorted) {
    if (m.ts >= end) {
      scriptUs += m.dur ?? 0;
      end = m.ts + (m.dur ?? 0);
    } else if (m.ts + (m.dur ?? 0) > end) {
      scriptUs += m.ts + (m.dur ?? 0) - end;
      end = m.ts + (m.dur ?? 0);
    }
  }
  const durations = [...hit].map((t) => (t.dur ?? 0) / 1000);
  return {
    tasks: durations,
    totalMs: durations.reduce((a, b) => a + b, 0),
    longTasks: durations.filter((d) => d > 50).length,
    scriptMs: scriptUs / 1000,
  };
}
