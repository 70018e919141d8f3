/** The article file format's version, apart from the zod schema so code that only checks it need not load zod. */
export const SCHEMA_VERSION = 4;
