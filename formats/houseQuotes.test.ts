import { describe, expect, it } from 'vitest';
import { newArticle } from '../core/article/schema';
import { bodyPlainText } from '../core/text/bodyText';
import { importAny } from './importAny';
import { exportCopydeskJson } from './copydesk/copydeskExport';

const ID = '00000000-0000-4000-8000-000000000001';
const context = () => ({ id: ID, now: new Date('2026-01-01T00:00:00Z') });

describe('imports take the house’s curly quotes', () => {
  it('curls a pasted wire story, an HTML selection and a Markdown file alike', () => {
    const text = `Minister says "no deal" on budget\n\nThe minister said: "We won't sign." It's the '90s again, aides said.\n\nMore talks are due on Friday.`;
    const pasted = importAny('Pasted text', text, context()).article;
    expect(pasted.headline).toBe('Minister says “no deal” on budget');
    expect(bodyPlainText(pasted.body)).toContain('The minister said: “We won’t sign.” It’s the ’90s again, aides said.');

    const selection = importAny('Pasted selection', `<h1>"No deal"</h1><p>She said 'never' and <code>echo "x"</code>.</p>`, context(), {
      selection: true,
    }).article;
    expect(bodyPlainText(selection.body)).toContain('She said ‘never’ and echo "x".');

    const markdown = importAny('story.md', `# "No deal" on budget\n\nThe minister's aides said "later".\n`, context()).article;
    expect(markdown.headline).toBe('“No deal” on budget');
    expect(bodyPlainText(markdown.body)).toBe('The minister’s aides said “later”.');
  });

  it('leaves a Copydesk file exactly as it was exported', () => {
    const article = newArticle(ID, new Date('2026-01-01T00:00:00Z'), {
      headline: 'Straight "as typed"',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `It's "kept"` }] }] },
    });
    const back = importAny('story.copydesk', exportCopydeskJson(article), context()).article;
    expect(back.headline).toBe('Straight "as typed"');
    expect(bodyPlainText(back.body)).toBe(`It's "kept"`);
  });
});
