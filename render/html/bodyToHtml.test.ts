import { describe, expect, it } from 'vitest';
import { bodyToHtml } from './bodyToHtml';
import { isSafeImageUrl, isSafeLinkUrl } from '../../core/html/safeUrl';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';

describe('isSafeLinkUrl', () => {
  it.each(['https://trtworld.com/a', 'http://x.test', 'mailto:desk@example.com', '/relative/path', '#anchor'])('allows %s', (url) => {
    expect(isSafeLinkUrl(url)).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'vbscript:msgbox',
    'data:text/html,<script>',
    'file:///etc/passwd',
    '//evil.test/x',
    '',
  ])('refuses %j', (url) => expect(isSafeLinkUrl(url)).toBe(false));
});

describe('isSafeImageUrl', () => {
  it('allows web and inline raster images only', () => {
    expect(isSafeImageUrl('https://x.test/a.jpg')).toBe(true);
    expect(isSafeImageUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isSafeImageUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isSafeImageUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('bodyToHtml', () => {
  it('escapes text and drops unsafe links but keeps their words', () => {
    const html = bodyToHtml({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script> & "quotes"' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    });
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</p>\n<p>click</p>');
  });

  it('writes structure, marks and a Related teaser', () => {
    const html = bodyToHtml(
      {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub' }] },
          { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quote', marks: [{ type: 'italic' }] }] }] },
          {
            type: 'bulletList',
            content: [
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item', marks: [{ type: 'bold' }] }] }] },
            ],
          },
          relatedTeaserNode({ title: 'Other story', outlet: 'TRT World', articleId: 'abc' }),
        ],
      },
      { relatedHref: (id) => `${id}.html` },
    );
    expect(html).toContain('<h2>Sub</h2>');
    expect(html).toContain('<blockquote><p><em>Quote</em></p></blockquote>');
    expect(html).toContain('<ul><li><p><strong>Item</strong></p></li></ul>');
    expect(html).toContain(
      '<aside class="related-teaser" data-article-id="abc" aria-label="Related story"><span class="related-label">Related</span> <span class="related-outlet">TRT World</span> <a class="related-title" href="abc.html">Other story</a></aside>',
    );
  });
});

describe('bodyToHtml on hostile node names', () => {
  it('treats prototype names as unknown nodes and marks', () => {
    const html = bodyToHtml({
      type: 'doc',
      content: [{ type: 'constructor', content: [{ type: 'text', text: 'kept', marks: [{ type: 'toString' }, { type: '__proto__' }] }] }],
    });
    expect(html).toBe('kept');
  });
});
