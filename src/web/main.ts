/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The offline page (issue #18): the library run entirely in the browser. Nothing here reaches the network:
 * no fetch, no XHR, no external resource; the shareable link keeps the inputs in the URL fragment.
 */
import { safeAssess } from '../engine/assess.js';
import type { AssessOptions } from '../engine/options.js';
import { safeSchedule179 } from '../engine/nd179/index.js';
import type { Assessment } from '../model/types.js';
import { validateStaffCase, type ValidationIssue } from '../schema/validate.js';
import { choiceLabelKey, fieldLabel, formGroups, allFields, type FieldSpec } from './fields.js';
import { fragmentFromValues, readForm, valuesFromFragment, type FormValues } from './form-case.js';
import { esc } from './html.js';
import { assessmentHtml, issuesHtml, t, type Lang } from './render-result.js';
import { scheduleHtml } from './render-schedule.js';
import { checkCsvText, checkReportHtml, gridErrorText } from './check-view.js';
import { checkPayoutList, type CheckReport } from '../check/index.js';
import type { GridRow } from '../io/grid/grid.js';
import { askWorker, fileKind } from './workers.js';
import { listView } from './list-view.js';
import { msg, type WebMessageKey } from '../locales/web.js';

let lang: Lang = 'vi';
const touched = new Set<string>();

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const idOf = (path: string) => `f-${path.replace('.', '-')}`;

function fieldHtml(f: FieldSpec): string {
  const id = idOf(f.path);
  const label = `<label for="${id}" data-field="${esc(f.path)}">${esc(fieldLabel(f.path, lang))}</label>`;
  const common = `id="${id}" name="${esc(f.path)}" aria-describedby="${id}-err"${f.required ? ' required aria-required="true"' : ''}`;
  let control: string;
  if (f.kind === 'select' || f.kind === 'yes-no') {
    const opts = [`<option value="" data-t="web.choose">${esc(t('web.choose', lang))}</option>`]
      .concat((f.choices ?? []).map((v) => `<option value="${esc(v)}" data-t="${choiceLabelKey(f, v)}">${esc(t(choiceLabelKey(f, v), lang))}</option>`))
      .join('');
    control = `<select ${common}>${opts}</select>`;
  } else {
    const hint = f.kind === 'date' ? ' placeholder="YYYY-MM-DD"' : f.kind === 'partial-date' ? ' placeholder="YYYY-MM-DD"' : '';
    const mode = f.kind === 'months' ? ' inputmode="numeric"' : f.kind === 'decimal' || f.kind === 'vnd' ? ' inputmode="decimal"' : '';
    control = `<input type="text" autocomplete="off" ${common}${hint}${mode}>`;
  }
  return `<div class="field">${label}${control}<p class="error" id="${id}-err" aria-live="polite"></p></div>`;
}

function buildForm(): void {
  const groups = formGroups
    .map((g) => `<fieldset><legend data-t="${g.legend}">${esc(t(g.legend, lang))}</legend><div class="grid">${g.fields.map(fieldHtml).join('')}</div></fieldset>`)
    .join('');
  const whatIf =
    `<fieldset><legend data-t="web.group.whatif">${esc(t('web.group.whatif', lang))}</legend><div class="field wide">` +
    `<label for="f-parameters" data-t="web.field.parameters">${esc(t('web.field.parameters', lang))}</label>` +
    `<textarea id="f-parameters" name="parameters" rows="2" aria-describedby="f-parameters-err"></textarea><p class="error" id="f-parameters-err" aria-live="polite"></p></div></fieldset>`;
  $('person-fields').innerHTML = groups + whatIf;
}

function readValues(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of allFields) {
    const el = $<HTMLInputElement>(idOf(f.path));
    if (el.value.trim() !== '') out[f.path] = el.value;
  }
  return out;
}

function writeValues(values: FormValues): void {
  for (const f of allFields) $<HTMLInputElement>(idOf(f.path)).value = values[f.path] ?? '';
}

/** The field's own message from the library's validator, shown under it (only once it has been touched). */
function showIssues(issues: readonly ValidationIssue[], all: boolean): ValidationIssue[] {
  const byField = new Map<string, ValidationIssue>();
  const rest: ValidationIssue[] = [];
  const known = new Set(allFields.map((f) => f.path));
  for (const i of issues) {
    if (known.has(i.path)) {
      if (!byField.has(i.path)) byField.set(i.path, i);
    } else rest.push(i);
  }
  for (const f of allFields) {
    const el = $<HTMLInputElement>(idOf(f.path));
    const issue = byField.get(f.path);
    const show = issue !== undefined && (all || touched.has(f.path));
    $(`${idOf(f.path)}-err`).textContent = show ? issue.messages[lang] : '';
    el.setAttribute('aria-invalid', show ? 'true' : 'false');
  }
  return rest;
}

function readParameters(): { ok: true; value: AssessOptions['parameters'] } | { ok: false } {
  const text = $<HTMLTextAreaElement>('f-parameters').value.trim();
  $('f-parameters-err').textContent = '';
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as AssessOptions['parameters'] };
  } catch (e) {
    $('f-parameters-err').textContent = msg('web.json.invalid', { detail: (e as Error).message })[lang];
    return { ok: false };
  }
}

/** A number that reads two ways ("1.234") is refused by the page itself, before the library sees it. */
function ambiguousIssues(paths: readonly string[]): ValidationIssue[] {
  return paths.map((path) => {
    const messages = msg('web.form.ambiguous-number', { value: readValues()[path] ?? '' });
    return { path, code: 'ambiguous-number', message: messages.en, messages };
  });
}

function validateAsTyped(): void {
  const form = readForm(readValues());
  const result = validateStaffCase(form.input);
  showIssues([...ambiguousIssues(form.ambiguous), ...(result.ok ? [] : result.issues)], false);
}

let lastRun: { a: Assessment; law?: Assessment } | null = null;

function compute(): void {
  const form = readForm(readValues());
  const input = form.input;
  const params = readParameters();
  const out = $('result-body');
  history.replaceState(null, '', `#${shareFragment()}`);
  $<HTMLAnchorElement>('share-link').href = `#${shareFragment()}`;
  if (!params.ok) return;
  if (form.ambiguous.length > 0) {
    lastRun = null;
    const issues = ambiguousIssues(form.ambiguous);
    showIssues(issues, true);
    out.innerHTML = issuesHtml(issues, lang);
    out.dataset.state = 'invalid';
    return;
  }
  const started = performance.now();
  const run = safeAssess(input, params.value ? { parameters: params.value } : undefined);
  if (!run.ok) {
    lastRun = null;
    const rest = showIssues(run.error.issues, true);
    out.innerHTML = issuesHtml(rest.length ? rest : run.error.issues, lang);
    out.dataset.state = 'invalid';
    return;
  }
  showIssues([], true);
  const law = params.value ? safeAssess(input) : undefined;
  lastRun = { a: run.value, ...(law?.ok ? { law: law.value } : {}) };
  renderLast();
  out.dataset.ms = (performance.now() - started).toFixed(1);
}

function renderLast(): void {
  const out = $('result-body');
  if (!lastRun) return;
  out.innerHTML = assessmentHtml(lastRun.a, lang, lastRun.law);
  out.dataset.state = 'done';
}

function shareFragment(): string {
  const extra: Record<string, string> = { lang };
  const p = $<HTMLTextAreaElement>('f-parameters').value.trim();
  if (p) extra.parameters = p;
  return fragmentFromValues(readValues(), extra);
}

function applyLanguage(next: Lang): void {
  lang = next;
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = t(el.dataset.t as WebMessageKey, lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-field]')) el.textContent = fieldLabel(el.dataset.field!, lang);
  document.title = t('web.title', lang);
  validateAsTyped();
  renderLast();
  if (lastSchedule) renderSchedule();
  renderCheck();
  list.render(lang);
}

let lastSchedule = false;
function renderSchedule(): void {
  const out = $('talent-result');
  let input: unknown;
  try {
    input = JSON.parse($<HTMLTextAreaElement>('t-case').value);
  } catch (e) {
    out.innerHTML = `<p class="error">${esc(msg('web.json.invalid', { detail: (e as Error).message })[lang])}</p>`;
    return;
  }
  const from = $<HTMLInputElement>('t-from').value.trim();
  const to = $<HTMLInputElement>('t-to').value.trim();
  const r = safeSchedule179(input, { from, to });
  lastSchedule = true;
  out.innerHTML = r.ok ? scheduleHtml(r.value, lang) : `<p>${esc(t('web.talent.invalid', lang))}</p>${issuesHtml(r.error.issues, lang)}`;
}

/** A payout list in a workbook: its rows, read in the XLSX worker (exceljs is never in the first view). */
async function xlsxRows(file: File): Promise<GridRow[]> {
  const bytes = await file.arrayBuffer();
  const answer = await askWorker<{ grid?: GridRow[]; error?: { vi: string; en: string } }>('xlsx', { kind: 'grid', bytes }, [bytes]);
  if (!answer.grid) throw new Error((answer.error ?? { vi: '?', en: '?' })[lang]);
  return answer.grid;
}

let lastCheck: CheckReport | null = null;
function renderCheck(): void {
  if (lastCheck) $('check-result').innerHTML = checkReportHtml(lastCheck, lang, $<HTMLSelectElement>('check-filter').value);
}

async function checkFile(file: File): Promise<void> {
  const out = $('check-result');
  out.dataset.state = 'working';
  try {
    const kind = fileKind(file.name);
    if (kind === 'xls') throw new Error(msg('web.list.xls')[lang]);
    const r = kind === 'xlsx' ? checkPayoutList(await xlsxRows(file)) : await checkCsvText(await file.text());
    if (!r.ok) {
      lastCheck = null;
      out.innerHTML = `<p class="error">${esc(r.error[lang])}</p>`;
    } else {
      lastCheck = r.report;
      renderCheck();
    }
  } catch (e) {
    lastCheck = null;
    out.innerHTML = `<p class="error">${esc(msg('web.check.failed', { detail: gridErrorText(e) })[lang])}</p>`;
  }
  out.dataset.state = 'done';
}

function wireCheck(): void {
  const input = $<HTMLInputElement>('check-file');
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    input.value = '';
    if (f) void checkFile(f);
  });
  const drop = $('check-drop');
  drop.addEventListener('dragover', (e) => e.preventDefault());
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    const f = e.dataTransfer?.files[0];
    if (f) void checkFile(f);
  });
  $('check-filter').addEventListener('change', renderCheck);
}

const list = listView((id) => $(id), () => lang);

function wireList(): void {
  const input = $<HTMLInputElement>('list-file');
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    // Emptied once read, so choosing the same file again (say, after changing the what-if values) runs again.
    input.value = '';
    if (f) void list.run(f);
  });
  const drop = $('list-drop');
  drop.addEventListener('dragover', (e) => e.preventDefault());
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    const f = e.dataTransfer?.files[0];
    if (f) void list.run(f);
  });
  $('list-filter').addEventListener('change', () => list.render(lang));
  $('list-xlsx').addEventListener('click', () => void list.downloadXlsx());
}

function start(): void {
  buildForm();
  const { values, extra } = valuesFromFragment(location.hash);
  writeValues(values);
  if (extra.parameters) $<HTMLTextAreaElement>('f-parameters').value = extra.parameters;
  applyLanguage(extra.lang === 'en' ? 'en' : 'vi');
  const form = $<HTMLFormElement>('person-form');
  form.addEventListener('input', (e) => {
    const name = (e.target as HTMLInputElement).name;
    if (name) touched.add(name);
    validateAsTyped();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    compute();
  });
  $('lang-switch').addEventListener('click', () => {
    applyLanguage(lang === 'vi' ? 'en' : 'vi');
    if (lastRun) history.replaceState(null, '', `#${shareFragment()}`);
  });
  $('print').addEventListener('click', () => window.print());
  $<HTMLFormElement>('talent-form').addEventListener('submit', (e) => {
    e.preventDefault();
    renderSchedule();
  });
  wireCheck();
  wireList();
  if (Object.keys(values).length > 0) compute();
  document.body.dataset.ready = 'true';
}

start();
