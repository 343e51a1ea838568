/// <reference lib="webworker" />
import type { AssessOptions } from '../engine/options.js';
import { runList } from './list-run.js';

/**
 * The CSV list's Web Worker: receives `{ text, options }` (the file's content; what-if values in
 * `options.parameters`), answers `{ progress }` every 500 rows and `{ done }` or `{ error }` at the end.
 * Built as its own script (dist/web/list-worker-source.js, a string the page turns into a Blob URL),
 * because a page opened from file:// may not start a Worker from a file. It holds no exceljs: a workbook
 * goes to the XLSX worker (xlsx-worker.ts).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (e: MessageEvent<{ text: string; options?: AssessOptions }>) => {
  const r = await runList(e.data.text, (done) => scope.postMessage({ progress: done }), e.data.options ?? {});
  scope.postMessage(r.ok ? { done: r.value } : { error: r.error });
};
