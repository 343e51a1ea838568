/// <reference lib="dom" />

/**
 * The page's two Web Workers, each shipped as a string in a classic script (a page opened from file:// may
 * not start a Worker from a file, but may from a Blob) and loaded the first time it is needed:
 * - the list worker (list-worker-source.js): a CSV list, no exceljs;
 * - the XLSX worker (xlsx-worker-source.js): every workbook read or written, the only script with exceljs.
 */
declare global {
  interface Window {
    __vnseListWorker?: string;
    __vnseXlsxWorker?: string;
  }
}

const SCRIPTS = { list: ['list-worker-source.js', '__vnseListWorker'], xlsx: ['xlsx-worker-source.js', '__vnseXlsxWorker'] } as const;

export async function startWorker(which: keyof typeof SCRIPTS): Promise<Worker> {
  const [file, global] = SCRIPTS[which];
  if (window[global] === undefined) {
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = file;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(file));
      document.head.appendChild(s);
    });
  }
  const url = URL.createObjectURL(new Blob([window[global]!], { type: 'text/javascript' }));
  const worker = new Worker(url);
  URL.revokeObjectURL(url);
  return worker;
}

/** The kind of a file an officer drops, by its name: a workbook, an old binary workbook, or text (CSV, TSV). */
export function fileKind(name: string): 'xlsx' | 'xls' | 'text' {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return 'xlsx';
  if (lower.endsWith('.xls')) return 'xls';
  return 'text';
}

/** Offers bytes made in the page as a download (the browser saves them; nothing is sent anywhere). */
export function saveBytes(bytes: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Runs one request in a fresh worker and resolves with its final answer (anything but `{ progress }`,
 * which goes to `onProgress`); a worker that fails to start or throws answers `{ error }`.
 */
export async function askWorker<A extends { progress?: number; error?: { vi: string; en: string } }>(
  which: keyof typeof SCRIPTS,
  message: unknown,
  transfer: Transferable[] = [],
  onProgress: (done: number) => void = () => {},
): Promise<A> {
  const worker = await startWorker(which);
  try {
    return await new Promise<A>((resolve) => {
      worker.onmessage = (e: MessageEvent<A>) => {
        if (e.data.progress !== undefined) onProgress(e.data.progress);
        else resolve(e.data);
      };
      worker.onerror = (e) => resolve({ error: { vi: e.message, en: e.message } } as A);
      worker.postMessage(message, transfer);
    });
  } finally {
    worker.terminate();
  }
}
