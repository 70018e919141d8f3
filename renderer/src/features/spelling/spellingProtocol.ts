/** Messages between the editor and the spelling worker. */
export type SpellingRequest =
  | { kind: 'configure'; seq: number; languages: string[]; words: string[] }
  | { kind: 'check'; seq: number; words: string[] }
  | { kind: 'suggest'; seq: number; word: string };

export type SpellingResponse =
  /** `missing`: ticked languages with no bundled dictionary (spelling in them is not checked). */
  | { kind: 'configured'; seq: number; languages: string[]; missing: string[]; ms: number }
  | { kind: 'checked'; seq: number; wrong: string[] }
  | { kind: 'suggested'; seq: number; suggestions: string[] }
  | { kind: 'failed'; seq: number; message: string };
