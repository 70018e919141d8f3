import { describe, expect, it } from 'vitest';
import { cpuMilliseconds } from '../../testing/cpuClock';
import { BodySchema, measureBody, type BodyNode } from '../article/bodySchema';
import { relatedTeaserNode } from '../article/relatedTeaser';
import { ImportError } from '../import/importTypes';
import { bodyPlainText } from '../text/bodyText';
import { GOOGLE_DOCS_HTML, NEWS_PAGE, WORD_HTML } from './htmlToBody.fixtures';
import { htmlToBody } from './htmlToBody';

const text = (value: string, ...marks: BodyNode['marks'] & object): BodyNode =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string) => ({ type: 'link', attrs: { href } });
const plain = (html: string): string => bodyPlainText(htmlToBody(html));

describe('htmlToBody', () => {
  it('cleans a news page fragment down to the story', () => {
    const body = htmlToBody(NEWS_PAGE);
    expect(BodySchema.safeParse(body).success).toBe(true);
    expect(body.content).toEqual([
      p(text('WORLD')),
      p(
        text('Russian President Vladimir Putin reaffirmed his support for Venezuela in a phone call with long-time ally President '),
        text('Nicolas Maduro', link('https://www.example.com/tags/maduro?ref=body')),
        text(', the Kremlin said.'),
      ),
      p(text('"Vladimir Putin expressed solidarity," the Kremlin says. / Reuters')),
      p(
        text('In a phone call on Thursday, “Vladimir Putin expressed '),
        text('solidarity', italic),
        text(' with the Venezuelan people,” the Kremlin said in a '),
        text('read-out', bold),
        text('.'),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [text('Tanker seized')] },
      p(
        text('On Wednesday, the US military seized a Venezuelan oil tanker — troops rappelled'),
        { type: 'hardBreak' },
        text("onto the tanker's deck."),
      ),
      { type: 'blockquote', content: [p(text('We stand with Venezuela.'))] },
      relatedTeaserNode({
        title: "Russia maintains 'constant contact' with Venezuela",
        url: 'https://www.trtworld.com/article/russia-venezuela',
      }),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(text('At least 87 people killed'))] },
          { type: 'listItem', content: [p(text('22 strikes on boats'))] },
        ],
      },
      p(text('SOURCE: TRTWorld and agencies')),
    ]);
  });

  it('turns Word HTML into clean paragraphs and real lists', () => {
    const body = htmlToBody(WORD_HTML);
    const item = (...content: BodyNode[]): BodyNode => ({ type: 'listItem', content });
    expect(body.content).toEqual([
      p(text('Council approves budget')),
      p(
        text('The council approved the '),
        text('£4.2m', bold),
        text(' budget on '),
        text('Tuesday', italic),
        text(', after a long debate.'),
      ),
      {
        type: 'bulletList',
        content: [
          item(p(text('Roads: £1.1m')), { type: 'bulletList', content: [item(p(text('Potholes first')))] }),
          item(p(text('Schools: £2m'))),
        ],
      },
      { type: 'orderedList', content: [item(p(text('First vote'))), item(p(text('Second vote')))] },
      p(text('Read the '), text('full budget', link('https://council.example.gov/budget')), text('.')),
      p(text('Reporting by Jane Doe')),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/mso|Mso|o:p|·|&nbsp;|\u00a0/);
  });

  it('reads Google Docs HTML without making the whole paste bold', () => {
    const body = htmlToBody(GOOGLE_DOCS_HTML);
    expect(body.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [text('Flood warning')] },
      p(text('Residents were told to '), text('leave now', bold), text(' before the river peaks', italic), text('.')),
      p(text('Current warnings', link('https://floods.example.org/warnings')), text(' are online.')),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(text('Pack medicines'))] },
          { type: 'listItem', content: [p(text('Drive through water', { type: 'strike' }))] },
        ],
      },
    ]);
  });

  it('reads bold from font-weight the way the editor does, and not from a <b> styled normal', () => {
    expect(
      htmlToBody(
        '<p><b style="font-weight: normal">a</b><span style="font-weight:600">b</span><strong><span style="font-weight:400">c</span></strong></p>',
      ).content,
    ).toEqual([p(text('a'), text('b', bold), text('c'))]);
  });

  describe('hostile input', () => {
    const json = (html: string): string => JSON.stringify(htmlToBody(html));

    it('drops scripts, styles, embeds and event handlers with their content', () => {
      const html =
        '<p onclick="steal()">Safe<script>alert(1)</script><style>p{}</style></p><img src=x onerror=alert(1)>' +
        '<svg onload="alert(1)"><text>svg text</text></svg><math><mi>x</mi></math><iframe srcdoc="<p>x</p>"></iframe>' +
        '<object data="x.swf">fallback</object><embed src="x"><template><p>tpl</p></template><noscript>ns</noscript>' +
        '<form><input value="v"><button>Go</button><select><option>opt</option></select><textarea>ta</textarea></form>';
      expect(htmlToBody(html).content).toEqual([p(text('Safe'))]);
    });

    it('drops unsafe links but keeps their text', () => {
      for (const href of [
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'java\tscript:alert(1)',
        'vbscript:msgbox',
        'data:text/html,<script>alert(1)</script>',
        '//evil.example/x',
        'javascript&colon;alert(1)',
      ]) {
        const body = htmlToBody(`<p><a href="${href}">click</a></p>`);
        expect(body.content).toEqual([p(text('click'))]);
      }
      expect(json('<a href="&#106;avascript:alert(1)">x</a>')).not.toContain('link');
    });

    it('keeps no attribute but a cleaned href', () => {
      const out = json(
        '<p class="x" style="color:red" data-track="1" id="y" title="t" lang="en"><a href="https://a.example/?utm_source=x" target="_blank" rel="nofollow" data-id="3">a</a></p>',
      );
      expect(out).toBe(JSON.stringify({ type: 'doc', content: [p(text('a', link('https://a.example/')))] }));
    });

    it('survives 10,000 nested divs and produces a valid, flattened body', () => {
      const html = '<div>'.repeat(10_000) + 'deep text' + '</div>'.repeat(10_000);
      const body = htmlToBody(html);
      expect(body.content).toEqual([p(text('deep text'))]);
    });

    it('caps nested structure at the body depth limit', () => {
      const html = '<blockquote><ul><li>'.repeat(200) + 'bottom' + '</li></ul></blockquote>'.repeat(200);
      const body = htmlToBody(html);
      expect(BodySchema.safeParse(body).success).toBe(true);
      expect(measureBody(body).depth).toBeLessThanOrEqual(32);
      expect(plain(html).trim()).toBe('bottom');
    });

    it('stays fast on a hostile 1 MB of unclosed tags', () => {
      const started = cpuMilliseconds();
      const body = htmlToBody('<b><i><span>'.repeat(80_000) + 'x');
      expect(bodyPlainText(body)).toBe('x');
      expect(cpuMilliseconds() - started).toBeLessThan(5000);
    });

    it('refuses more than 5 MB', () => {
      const html = `<p>${'a'.repeat(5 * 1024 * 1024)}</p>`;
      expect(() => htmlToBody(html)).toThrow(ImportError);
      try {
        htmlToBody(html);
      } catch (error) {
        expect((error as ImportError).code).toBe('too_large');
        expect((error as ImportError).message).toMatch(/5 MB.*Split/);
      }
    });

    it('removes control characters', () => {
      expect(plain('<p>a\u0000b\u0007c</p>')).toBe('abc');
    });
  });

  describe('text and whitespace', () => {
    it('decodes entities, named and numeric', () => {
      expect(plain('<p>&amp; &lt;b&gt; &quot;q&quot; &#39;s&#39; &eacute;t&eacute; &#x2014; &#8364;5 &hellip; AT&T &bogus;</p>')).toBe(
        '& <b> "q" \'s\' été — €5 … AT&T &bogus;',
      );
    });

    it('collapses whitespace like a browser and trims block edges', () => {
      expect(htmlToBody('<p>\n  Hello \t\n <b> big </b>  world  <br>  next\n</p>').content).toEqual([
        p(text('Hello '), text('big ', bold), text('world'), { type: 'hardBreak' }, text('next')),
      ]);
    });

    it('keeps a non-breaking space inside text', () => {
      expect(plain('<p>10&nbsp;km</p>')).toBe('10\u00a0km');
    });

    it('wraps stray inline content in paragraphs and splits at blocks', () => {
      expect(htmlToBody('loose <i>text</i><div>block</div>tail').content).toEqual([
        p(text('loose '), text('text', italic)),
        p(text('block')),
        p(text('tail')),
      ]);
    });

    it('never returns an empty document', () => {
      for (const html of ['', '   ', '<p></p>', '<script>x</script>', '<!-- only a comment -->', '<br><br>']) {
        expect(htmlToBody(html)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
      }
    });

    it('keeps preformatted line breaks', () => {
      expect(htmlToBody('<pre>\nline 1\n  line 2\n</pre>').content).toEqual([p(text('line 1'), { type: 'hardBreak' }, text('  line 2'))]);
    });
  });

  describe('structure', () => {
    it('maps h1–h6 into the body levels 2–4', () => {
      const levels = htmlToBody('<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>').content!.map((n) => n.attrs?.level);
      expect(levels).toEqual([2, 2, 3, 4, 4, 4]);
    });

    it('gives list items a leading paragraph and keeps stray list text in an item', () => {
      expect(htmlToBody('<ul>loose<li><ul><li>inner</li></ul></li></ul>').content).toEqual([
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p(text('loose'))] },
            {
              type: 'listItem',
              content: [{ type: 'paragraph' }, { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('inner'))] }] }],
            },
          ],
        },
      ]);
    });

    it('drops empty lists, quotes and paragraphs', () => {
      expect(htmlToBody('<ul><li> </li></ul><blockquote></blockquote><p>&nbsp;</p><p>x</p>').content).toEqual([p(text('x'))]);
    });

    it('keeps an ordered list start number', () => {
      expect(htmlToBody('<ol start="3"><li>c</li></ol>').content![0]!.attrs).toEqual({ start: 3 });
    });

    it('reads "Related:" paragraphs with an outlet, and leaves prose that merely starts so', () => {
      expect(htmlToBody('<p>RELATED: BBC News – <a href="https://bbc.example/x">Storm hits</a></p>').content).toEqual([
        relatedTeaserNode({ title: 'Storm hits', url: 'https://bbc.example/x', outlet: 'BBC News' }),
      ]);
      expect(htmlToBody('<p>Related: <a href="https://a.example">this</a> is a sentence.</p>').content![0]!.type).toBe('paragraph');
      expect(htmlToBody('<p>Related: no link here</p>').content![0]!.type).toBe('paragraph');
    });

    it('keeps a link inside code by dropping the code mark, as the editor cannot hold both', () => {
      expect(htmlToBody('<p><a href="https://a.example"><code>api()</code></a> <b><code>x</code></b></p>').content).toEqual([
        p(text('api()', link('https://a.example')), text(' '), text('x', { type: 'code' })),
      ]);
    });

    it('unwraps redirect links and strips tracking parameters', () => {
      const out = htmlToBody(
        '<a href="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.com%2Fstory%3Fid%3D7%26utm_medium%3Demail&data=x">a</a>',
      );
      expect(out.content).toEqual([p(text('a', link('https://example.com/story?id=7')))]);
    });
  });
});
