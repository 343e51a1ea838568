/** Every message the library shows exists in Vietnamese and English. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

export const text = (vi: string, en: string): Text => ({ vi, en });
