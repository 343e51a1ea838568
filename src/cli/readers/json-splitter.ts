import { InputOutputError } from '../errors.js';
import { MAX_RECORD_CHARS } from './limits.js';

type State = 'start' | 'before-element' | 'after-comma' | 'in-element' | 'done';

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Splits a JSON document that is an array of cases (or one case object) into the text of each case,
 * chunk by chunk, so a file of a million cases is never held in memory. Only the structure of the outer
 * array is checked here; each element is parsed by `JSON.parse` on its own, so one malformed element
 * becomes an error entry for that case. A broken outer structure (no "[", a missing "]", text after the
 * end, an empty or trailing element) is an input error.
 */
export class JsonCaseSplitter {
  private state: State = 'start';
  private single = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  /** Characters of the current element so far; past the limit its text is no longer kept. */
  private size = 0;
  private line = 1;

  constructor(private readonly source: string, private readonly limit = MAX_RECORD_CHARS) {}

  /**
   * Feeds a chunk of text; returns the text of every element completed in it, or null for an element
   * longer than the limit (its structure is still followed, so the elements after it are read).
   */
  push(chunk: string): (string | null)[] {
    const done: (string | null)[] = [];
    let start = -1; // where the current element's text begins in this chunk
    if (this.state === 'in-element') start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) this.line++;
      switch (this.state) {
        case 'start':
          if (isSpace(c) || c === 0xfeff) continue;
          if (c === 91 /* [ */) this.state = 'before-element';
          else if (c === 123 /* { */) {
            this.single = true;
            this.state = 'in-element';
            start = i;
            i--; // read the brace again as part of the element
          } else this.fail('expected an array of cases ("[") or one case object ("{")');
          continue;
        case 'before-element':
        case 'after-comma':
          if (isSpace(c)) continue;
          if (c === 93 /* ] */) {
            if (this.state === 'after-comma') this.fail('a comma before "]" (trailing comma)');
            this.state = 'done';
            continue;
          }
          if (c === 44 /* , */) this.fail('an empty element (two commas)');
          this.state = 'in-element';
          start = i;
          i--;
          continue;
        case 'in-element':
          if (this.inString) {
            if (this.escaped) this.escaped = false;
            else if (c === 92 /* \ */) this.escaped = true;
            else if (c === 34 /* " */) this.inString = false;
            continue;
          }
          if (c === 34) this.inString = true;
          else if (c === 123 || c === 91) this.depth++;
          else if (c === 125 || c === 93) {
            if (this.depth === 0) {
              if (this.single || c === 125) this.fail(`an unmatched "${String.fromCharCode(c)}"`);
              done.push(this.finish(chunk, start, i));
              this.state = 'done';
              continue;
            }
            this.depth--;
            if (this.depth === 0 && this.single) {
              done.push(this.finish(chunk, start, i + 1));
              this.state = 'done';
            }
          } else if (c === 44 && this.depth === 0 && !this.single) {
            done.push(this.finish(chunk, start, i));
            this.state = 'after-comma';
          }
          continue;
        case 'done':
          if (!isSpace(c)) this.fail('text after the end of the JSON document');
          continue;
      }
    }
    if (this.state === 'in-element' && start >= 0) this.keep(chunk.slice(start));
    return done;
  }

  /** Checks that the document ended where it should. */
  end(): void {
    if (this.state === 'start') this.fail('empty input: expected an array of cases');
    if (this.state !== 'done') this.fail(this.single ? 'the case object is not closed' : 'the array is not closed with "]"');
  }

  private keep(piece: string): void {
    this.size += piece.length;
    if (this.size <= this.limit) this.parts.push(piece);
    else this.parts = [];
  }

  private finish(chunk: string, start: number, end: number): string | null {
    this.keep(chunk.slice(Math.max(start, 0), end));
    const text = this.size <= this.limit ? this.parts.join('').trim() : null;
    this.parts = [];
    this.size = 0;
    return text;
  }

  private fail(what: string): never {
    throw new InputOutputError(`${this.source}: not a JSON array of cases: ${what} (line ${this.line})`);
  }
}
