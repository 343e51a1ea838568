#!/usr/bin/env node
/**
 * The offline web page (issue #18, docs/web.md): after `tsup --config tsup.web.config.ts` has bundled
 * dist/web/app.js, copies src/web/index.html and style.css beside it and renders the generated rule book
 * (docs/rule-book/*.md) as static HTML pages under dist/web/rule-book/, so every citation on the page links to
 * a page that opens offline. `npm run build:web` runs both steps.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/web');
if (!existsSync(join(out, 'app.js'))) {
  console.error('dist/web/app.js is missing: run `npm run build:web` (it bundles the page first).');
  process.exit(1);
}
for (const f of ['index.html', 'style.css']) copyFileSync(join(root, 'src/web', f), join(out, f));

// A page opened from file:// may not start a Worker from a file; it can from a Blob. The worker's code is
// shipped as a string in a classic script, loaded by the page only when a list is dropped (src/web/list-view.ts).
// The XLSX worker (exceljs inside) the same way, loaded only when a workbook is dropped or an XLSX is asked for.
for (const [name, global] of [['list-worker', '__vnseListWorker'], ['xlsx-worker', '__vnseXlsxWorker']]) {
  const worker = join(out, `${name}.js`);
  writeFileSync(join(out, `${name}-source.js`), `self.${global}=${JSON.stringify(readFileSync(worker, 'utf8'))};\n`);
  rmSync(worker);
}

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Inline markdown of the generated pages: `code`, **bold**, *italic*, [text](link.md) → link.html. */
function inline(s) {
  return esc(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, text, href) => {
      // A page of the rule book, the Decree 179 guide from a page (../decree-179.md), or a page from the guide
      // (rule-book/nd179-….md): all are rendered side by side in dist/web/rule-book/.
      const local = /^[\w.-]+\.md(#.*)?$/.test(href) || /^\.\.\/decree-179\.md(#.*)?$/.test(href) || /^rule-book\/[\w.-]+\.md(#.*)?$/.test(href);
      return local ? `<a href="${href.replace(/^(\.\.\/|rule-book\/)/, '').replace(/\.md/, '.html')}">${text}</a>` : `${text} (${href})`;
    });
}

const cells = (line) => line.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim().replaceAll('\\|', '|'));

/**
 * The subset of markdown the rule-book generator writes (headings, paragraphs, tables, lists, fenced code).
 * A link that leaves the rule book is printed as text: the page never links out.
 */
function markdownToHtml(md) {
  const lines = md.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const html = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith('```')) {
      const body = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
      i++;
      html.push(`<pre><code>${esc(body.join('\n'))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ');
      html.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
      i++;
    } else if (line.startsWith('|')) {
      const rows = [];
      for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
      const head = cells(rows[0]);
      const body = rows.slice(2).map(cells);
      html.push(`<table><thead><tr>${head.map((c) => `<th scope="col">${inline(c)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
    } else if (/^\s*[-*] /.test(line)) {
      const items = [];
      for (; i < lines.length && /^\s*[-*] /.test(lines[i]); i++) items.push(lines[i].replace(/^\s*[-*] /, ''));
      html.push(`<ul>${items.map((it) => `<li>${inline(it)}</li>`).join('')}</ul>`);
    } else if (line.trim() === '') {
      i++;
    } else {
      const para = [];
      for (; i < lines.length && lines[i].trim() !== '' && !/^(#|\||```|\s*[-*] )/.test(lines[i]); i++) para.push(lines[i]);
      html.push(`<p>${inline(para.join(' '))}</p>`);
    }
  }
  return html.join('\n');
}

const ruleBook = join(root, 'docs/rule-book');
const ruleOut = join(out, 'rule-book');
mkdirSync(ruleOut, { recursive: true });
let pages = 0;
// Every generated page (a Decree 179 allowance's included), and the guide of Decree 179, docs/decree-179.md, which
// each allowance's page links to.
const sources = [
  ...readdirSync(ruleBook).filter((n) => n.endsWith('.md')).map((n) => [n, join(ruleBook, n)]),
  ['decree-179.md', join(root, 'docs/decree-179.md')],
];
for (const [name, path] of sources) {
  const md = readFileSync(path, 'utf8');
  const title = esc((/^# (.*)$/m.exec(md)?.[1] ?? name).replaceAll('`', ''));
  const page =
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; base-uri 'none'">` +
    `<title>${title}</title><link rel="stylesheet" href="../style.css"></head><body>` +
    `<p><a href="../index.html">← vnse</a> · <a href="README.html">Sổ tay quy tắc · Rule book</a></p>\n${markdownToHtml(md)}\n</body></html>\n`;
  writeFileSync(join(ruleOut, name.replace(/\.md$/, '.html')), page);
  pages++;
}
console.log(`dist/web: index.html, style.css, app.js, list-worker-source.js, xlsx-worker-source.js, ${pages} rule-book pages`);
