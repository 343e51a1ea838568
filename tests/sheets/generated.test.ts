import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { functionSpecs } from '../../src/sheets/index.js';
import { excelFiles, googleFiles } from './hosts.js';

// The host files written by scripts/gen-sheets.mjs from the metadata table (npm test builds first).
const codeGs = readFileSync(googleFiles.code, 'utf8');
const functionsJson = readFileSync(excelFiles.metadata, 'utf8');

describe('Code.gs (Google Apps Script)', () => {
  it('matches its snapshot', async () => {
    await expect(codeGs).toMatchFileSnapshot('./__snapshots__/Code.gs');
  });

  it('declares one top-level function per spreadsheet function, with @customfunction, delegating to VNSE', () => {
    for (const f of functionSpecs) {
      const declaration = new RegExp(`^function ${f.name}\\(${f.params.map((p) => p.name).join(', ')}\\) \\{\\n  return VNSE\\.call\\('${f.name}', arguments, vnseSettings_\\(\\)\\);\\n\\}$`, 'm');
      expect(codeGs, f.name).toMatch(declaration);
      const doc = codeGs.slice(0, codeGs.indexOf(`function ${f.name}(`));
      expect(doc.slice(doc.lastIndexOf('/**')), f.name).toMatch(/@customfunction\n \*\/\n$/);
    }
    expect(codeGs.match(/@customfunction/g)).toHaveLength(functionSpecs.length);
    // Helpers end with "_": Apps Script keeps them out of the function list.
    expect(codeGs).toMatch(/^function vnseSettings_\(\) \{$/m);
  });

  it('the Apps Script manifest runs on V8', () => {
    expect(JSON.parse(readFileSync(googleFiles.appsscript, 'utf8'))).toEqual({
      timeZone: 'Asia/Ho_Chi_Minh',
      dependencies: {},
      exceptionLogging: 'STACKDRIVER',
      runtimeVersion: 'V8',
    });
  });
});

describe('functions.json (Excel custom functions)', () => {
  it('matches its snapshot', async () => {
    await expect(functionsJson).toMatchFileSnapshot('./__snapshots__/functions.json');
  });

  it('follows the metadata table: ids, matrix parameters in order, optional ones last, short descriptions', () => {
    const meta = JSON.parse(functionsJson) as {
      allowErrorForDataTypeAny: boolean;
      functions: { id: string; name: string; description: string; result: { dimensionality: string }; parameters: { name: string; description: string; dimensionality: string; optional: boolean }[] }[];
    };
    expect(meta.allowErrorForDataTypeAny).toBe(true);
    expect(meta.functions.map((f) => f.id)).toEqual(functionSpecs.map((f) => f.name));
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      expect(f.id).toMatch(/^[A-Za-z][A-Za-z0-9._]{2,63}$/);
      expect(f.description.length).toBeLessThanOrEqual(128);
      expect(f.result.dimensionality).toBe('matrix');
      const spec = functionSpecs.find((s) => s.name === f.id)!;
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
      for (const p of f.parameters) {
        expect(p.dimensionality).toBe('matrix');
        expect(p.description.length).toBeLessThanOrEqual(128);
      }
    }
  });
});

describe('the Excel add-in files', () => {
  it('the manifest is a template: placeholders, the files it points to, the VNSE namespace', () => {
    const xml = readFileSync(excelFiles.manifest, 'utf8');
    for (const placeholder of ['{{ADDIN_GUID}}', '{{BASE_URL}}', '{{PROVIDER_NAME}}', '{{SUPPORT_URL}}']) expect(xml).toContain(placeholder);
    for (const file of ['functions.js', 'functions.json', 'functions.html']) expect(xml).toContain(`{{BASE_URL}}/${file}`);
    expect(xml).toContain('<ExtensionPoint xsi:type="CustomFunctions">');
    expect(xml).toContain('<bt:String id="Functions.Namespace" DefaultValue="VNSE"/>');
    expect(xml).toMatch(/<Version>\d+\.\d+\.\d+\.0<\/Version>/);
    // Balanced tags (a cheap well-formedness check without an XML parser).
    const body = xml.replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
    const stack: string[] = [];
    for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]!);
    }
    expect(stack).toEqual([]);
  });

  it('the runtime page loads the custom-functions runtime, then the bundle', () => {
    const html = readFileSync(excelFiles.page, 'utf8');
    expect(html.indexOf('custom-functions-runtime.js')).toBeGreaterThan(0);
    expect(html.indexOf('custom-functions-runtime.js')).toBeLessThan(html.indexOf('src="functions.js"'));
  });
});
