/**
 * ONE shared corpus of hostile values (issue #13), for every entry point of the API and of the
 * spreadsheet façade: values JSON never yields, objects that fight back when read (throwing getters,
 * proxies whose traps throw, revoked proxies, conversions that throw), shapes that exhaust a naive walker
 * (cycles, deep nesting, huge strings and sparse arrays), and values that change between two reads.
 *
 * `hostileValues()` builds fresh values on each call (a getter that counts its reads, a proxy revoked
 * just now), so the suites never share state. Each entry is [label, value].
 */
const boom = () => {
  throw new Error('boom');
};

function throwingGetter(key: string, base: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.defineProperty({ ...base }, key, { get: boom, enumerable: true, configurable: true });
}

function proxyThatThrows(target: object = {}): object {
  return new Proxy(target, {
    get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom,
    set: boom, defineProperty: boom, deleteProperty: boom, apply: boom, construct: boom,
    isExtensible: boom, preventExtensions: boom, setPrototypeOf: boom,
  });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function cyclic(): Record<string, unknown> {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  o.list = [o, [o]];
  return o;
}

function deep(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

/** A getter that answers a string, then a number, then an object, then throws… */
function shifting(): Record<string, unknown> {
  let n = 0;
  const answers = ['male', 7, { x: 1 }, null];
  return Object.defineProperty({}, 'value', {
    get: () => {
      n++;
      if (n % 5 === 0) throw new Error('changed its mind');
      return answers[n % answers.length];
    },
    enumerable: true,
  });
}

function conversionsThatThrow(): object {
  return { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom, toJSON: boom };
}

export function hostileValues(): [string, unknown][] {
  const counter = (() => {
    let n = 0;
    return Object.defineProperty({}, 'coefficient', { get: () => (++n % 2 ? 4.65 : 'changed'), enumerable: true });
  })();
  const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { coefficient: 4.65, toString: undefined });
  const sparse: unknown[] = [];
  sparse.length = 1e9;
  const arrayWithGetter: unknown[] = [1, 2];
  Object.defineProperty(arrayWithGetter, 0, { get: boom, enumerable: true });
  const arrayProxy = new Proxy([1, 2, 3], { get: boom });
  return [
    ['a bigint', 12n],
    ['a huge bigint', 10n ** 400n],
    ['a symbol', Symbol('hostile')],
    ['NaN', Number.NaN],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['-0', -0],
    ['a function', () => 1],
    ['a class', class Hostile {}],
    ['an object with a throwing getter', throwingGetter('value')],
    ['a proxy whose traps all throw', proxyThatThrows()],
    ['a proxy of an array whose get throws', arrayProxy],
    ['a revoked proxy', revokedProxy()],
    ['a cyclic object', cyclic()],
    ['an object with a null prototype', nullProto],
    ['an object whose conversions throw', conversionsThatThrow()],
    ['a string of 1,000,000 characters', 'x'.repeat(1_000_000)],
    ['a string of lone surrogates', '\uD800\uDC00\uD800'.repeat(10)],
    ['a string of control characters', '\u0000\u001B[2J\u009B\uFFFF'],
    ['arrays nested 100,000 deep', deep(100_000)],
    ['a frozen object', Object.freeze({ a: Object.freeze([1]) })],
    ['a getter answering differently on each read', shifting()],
    ['a getter alternating a valid and an invalid value', counter],
    ['a sparse array of 10^9 slots', sparse],
    ['an array whose element getter throws', arrayWithGetter],
    ['a typed array of 10^5 bytes', new Uint8Array(1e5)],
    ['a Map', new Map([['a', 1]])],
    ['a Set', new Set([1])],
    ['a WeakMap', new WeakMap()],
    ['an invalid Date', new Date(Number.NaN)],
    ['a Date in year 275760', new Date(8.64e15)],
    ['a Promise', Promise.resolve(1)],
    ['an Error', new Error('an error as a value')],
    ['a class instance whose getters throw', new (class Hostile { get coefficient(): number { throw new Error('boom'); } get years(): number { throw new Error('boom'); } get politicalStandards(): boolean { throw new Error('boom'); } })()],
    ['a class instance with an own getter that throws', Object.defineProperty(new (class Row {})(), 'from', { get: boom, enumerable: true })],
    ['a JSON __proto__ key', JSON.parse('{"__proto__":{"polluted":"yes"}}')],
  ];
}

/** Places a hostile value at each level of a valid object: the whole, each field, inside each nested object. */
export function atEveryLevel(valid: Record<string, unknown>, value: () => unknown): [string, unknown][] {
  const out: [string, unknown][] = [['(whole)', value()]];
  for (const key of Object.keys(valid)) {
    out.push([key, { ...valid, [key]: value() }]);
    const inner = valid[key];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      for (const k of Object.keys(inner)) out.push([`${key}.${k}`, { ...valid, [key]: { ...(inner as object), [k]: value() } }]);
    }
    if (Array.isArray(inner) && inner[0] && typeof inner[0] === 'object') {
      for (const k of Object.keys(inner[0] as object)) out.push([`${key}.0.${k}`, { ...valid, [key]: [{ ...(inner[0] as object), [k]: value() }] }]);
    }
  }
  // The whole object behind a proxy whose traps throw, and with one getter that throws.
  out.push(['(proxy of the valid object)', proxyThatThrows({ ...valid })]);
  for (const key of Object.keys(valid)) out.push([`(getter ${key} throws)`, throwingGetter(key, valid)]);
  return out;
}
