import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { childrenOf, isElement } from '../../core/html/domQuery';

/**
 * The renderer's Content-Security-Policy is a `<meta>` in renderer/index.html (kept verbatim in the
 * build). It must be there, come before anything it governs, and say exactly what docs/SECURITY.md's
 * "Content-Security-Policy" table says: a directive dropped, loosened or added fails here.
 */
const ROOT = join(import.meta.dirname, '../..');

type Policy = Record<string, string>;

function parsePolicy(text: string): Policy {
  const policy: Policy = {};
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    policy[name!.toLowerCase()] = values.join(' ');
  }
  return policy;
}

/** The `<head>` children of the page, as element names and attributes, in order. */
function headElements(html: string): Array<{ name: string; attribs: Record<string, string> }> {
  const stack = [...parseDocument(html).children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (!isElement(node)) continue;
    if (node.name === 'head')
      return childrenOf(node)
        .filter(isElement)
        .map((el) => ({ name: el.name, attribs: el.attribs }));
    stack.push(...childrenOf(node));
  }
  return [];
}

/** Reads the table under "## Content-Security-Policy": directive(s) | value | why. */
function documentedPolicy(markdown: string): Policy {
  const start = markdown.indexOf('\n## Content-Security-Policy');
  expect(start, 'docs/SECURITY.md has a Content-Security-Policy section').toBeGreaterThan(0);
  const policy: Policy = {};
  const section = markdown.slice(start + 1);
  const end = section.indexOf('\n## ');
  const rows = (end < 0 ? section : section.slice(0, end)).split('\n').filter((line) => line.startsWith('| `'));
  for (const row of rows) {
    const [names, value] = row
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.trim());
    for (const name of names!.split(',')) policy[name.trim().replace(/`/g, '')] = value!.replace(/`/g, '');
  }
  return policy;
}

describe('the renderer’s Content-Security-Policy', () => {
  const html = readFileSync(join(ROOT, 'renderer/index.html'), 'utf8');
  const head = headElements(html);
  const cspIndex = head.findIndex((el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy');

  it('is a <meta> in the head, before any script, style or link it governs', () => {
    expect(cspIndex, 'the CSP meta tag').toBeGreaterThanOrEqual(0);
    expect(head.slice(0, cspIndex).filter((el) => ['script', 'style', 'link', 'base'].includes(el.name))).toEqual([]);
    expect(
      head.filter((el) => el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy'),
      'exactly one policy',
    ).toHaveLength(1);
  });

  it('says exactly what docs/SECURITY.md documents, directive by directive', () => {
    const policy = parsePolicy(head[cspIndex]?.attribs.content ?? '');
    const documented = documentedPolicy(readFileSync(join(ROOT, 'docs/SECURITY.md'), 'utf8'));
    expect(Object.keys(documented).length).toBeGreaterThanOrEqual(12);
    expect(policy).toEqual(documented);
  });

  it('refuses every kind of load by default, and runs no script but the app’s own', () => {
    const policy = parsePolicy(head[cspIndex]?.attribs.content ?? '');
    expect(policy).toMatchObject({
      'default-src': "'none'",
      'script-src': "'self'",
      'connect-src': "'none'",
      'object-src': "'none'",
      'base-uri': "'none'",
    });
    expect(Object.values(policy).join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
