import { describe, expect, it } from 'vitest';
import { importAny } from './importAny';

/** Issue 16 item 11: one link too long to store no longer rejects the whole Markdown or HTML import. */
const context = { id: '0b7e3c52-9a41-4f7e-8a1d-4c2b9e6f1a00', now: new Date('2026-11-29T00:00:00Z') };
const longUrl = `https://example.com/search?q=${'a'.repeat(4100)}`;
const okUrl = 'https://example.com/ok';

describe.each([
  ['Markdown', 'story.md', `# Flood warning\n\nRead [the long one](${longUrl}) and [the short one](${okUrl}).\n`],
  [
    'HTML',
    'story.html',
    `<html><body><h1>Flood warning</h1><p>Read <a href="${longUrl}">the long one</a> and <a href="${okUrl}">the short one</a>.</p></body></html>`,
  ],
])('%s', (_label, fileName, text) => {
  it('imports the story, keeps the long link’s words without the link, and warns', () => {
    const result = importAny(fileName, text, context);
    const json = JSON.stringify(result.article.body);
    expect(json).toContain('the long one');
    expect(json).not.toContain('aaaa');
    expect(json).toContain(okUrl);
    expect(result.warnings.map((w) => w.message).join(' ')).toMatch(/longer than 4,000 characters was kept as plain text/);
  });
});
