/** Every message the library shows exists in Vietnamese and English. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/** Frozen: labels and messages are shared by every result that shows them. */
export const text = (vi: string, en: string): Text => Object.freeze({ vi, en });
