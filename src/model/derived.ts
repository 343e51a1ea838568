import type { Refusal } from './types.js';

/** A derived quantity, or the refusal that explains why it cannot be derived. */
export type Derived<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };

export const derived = <T>(value: T): Derived<T> => ({ ok: true, value });
export const refused = (refusal: Refusal): Derived<never> => ({ ok: false, refusal });
