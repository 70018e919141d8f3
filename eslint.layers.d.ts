/** Types for eslint.layers.js (plain JS, because ESLint loads it), read by testing/lint/layers.test.ts. */
export declare const LAYERS: Readonly<Record<string, readonly string[]>>;
export declare function forbiddenFor(layer: string, options: { test: boolean }): string[];
export declare function restrictedPathZones(
  layer: string,
  options: { test: boolean },
): Array<{ target: string; from: string; message: string }>;
