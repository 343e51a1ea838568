/** Display width of text in a terminal, counting each code point once (Vietnamese text is precomposed, NFC). */
export function textWidth(text: string): number {
  let n = 0;
  for (const ch of text.normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x300 && c <= 0x36f) continue; // a combining mark that did not compose
    n++;
  }
  return n;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - textWidth(text))) + text;
}
