import type { z } from 'zod';
import { ImportError } from '../../core/import/importTypes';

export const article = (word: string): string => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  number: 'a number',
};

/** Names the field as the file spells it ("versionCreated", "headlines[0].value") and what is wrong. */
export function schemaError(raw: unknown, issue: z.core.$ZodIssue): ImportError {
  let field = '';
  let value: unknown = raw;
  for (const segment of issue.path) {
    if (typeof segment === 'number') {
      field += `[${segment}]`;
      value = Array.isArray(value) ? value[segment] : undefined;
      continue;
    }
    const name = String(segment);
    const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    const key = Object.keys(record).find((k) => k.toLowerCase() === name) ?? name;
    field += field ? `.${key}` : key;
    value = record[key];
  }
  const problem =
    issue.code === 'invalid_type'
      ? `should be ${EXPECTED[issue.expected] ?? issue.expected}, but it is ${describeValue(value)}`
      : issue.code === 'invalid_union'
        ? `is ${describeValue(value)}, which is not a form ninjs uses here`
        : issue.message;
  return new ImportError('invalid_schema', `This ninjs item cannot be read: "${field}" ${problem}.`);
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ("${value.length > 40 ? `${value.slice(0, 40)}…` : value}")`;
  return typeof value === 'object' ? 'an object' : `${article(typeof value)} (${String(value)})`;
}
