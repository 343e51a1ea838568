/// <reference lib="webworker" />
import { runList } from './list-run.js';

/**
 * The list's Web Worker: receives `{ text }` (the file's content), answers `{ progress }` every 500 rows and
 * `{ done }` or `{ error }` at the end. Built as its own script (dist/web/list-worker-source.js, a string the
 * page turns into a Blob URL), because a page opened from file:// may not start a Worker from a file.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (e: MessageEvent<{ text: string }>) => {
  const r = await runList(e.data.text, (done) => scope.postMessage({ progress: done }));
  scope.postMessage(r.ok ? { done: r.value } : { error: r.error });
};
