import { describe, expect, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import { cleanReadableBody } from './bodyCleanup';
import { isTimestampLine } from './bodyFurniture';
import { absoluteHref } from './relatedTeasers';

const clean = (html: string, extra: { standfirst?: string; pageUrl?: string } = {}) => {
  const { doc, report } = cleanReadableBody(html, { headlines: ['Obama: Gun laws my biggest frustration'], byline: 'Jon Sopel', ...extra });
  return { html: DomUtils.getOuterHTML(doc), report };
};

describe('cleaning Readability’s output', () => {
  it('turns a paragraph that is one link to another story into a Related teaser (BBC)', () => {
    const { html, report } = clean(
      '<div><p>He has persuaded precisely zero.</p><p><a href="http://www.bbc.co.uk/news/world-us-canada-33646875">Five things we learned from Obama interview</a></p></div>',
    );
    expect(report.teasers).toBe(1);
    expect(html).toContain('<aside class="related-teaser"><a href="http://www.bbc.co.uk/news/world-us-canada-33646875">Five things');
    expect(html).toContain('<p>He has persuaded precisely zero.</p>');
  });

  it('keeps a sentence that happens to be a link, and a short link, as copy', () => {
    const { html, report } = clean(
      '<div><p><a href="https://example.com/report">The full report is published online.</a></p><p><a href="https://example.com/x">Read it</a></p></div>',
    );
    expect(report.teasers).toBe(0);
    expect(html).not.toContain('related-teaser');
  });

  it('resolves a relative "Lire aussi" link against the page’s address (Le Monde)', () => {
    const { html } = clean(
      '<div><p class="lire">Lire aussi : <a href="/pixels/article/2015/03/18/les-critiques-de-la-cnil_4595839.html">Les critiques de la CNIL contre le projet</a></p></div>',
      {
        pageUrl: 'http://www.lemonde.fr/pixels/article/2015/05/05/loi-renseignement_4627790.html',
      },
    );
    expect(html).toContain('href="http://www.lemonde.fr/pixels/article/2015/03/18/les-critiques-de-la-cnil_4595839.html"');
    expect(html).not.toContain('Lire aussi');
  });

  it('leaves a relative link as copy when the page has no address', () => {
    expect(absoluteHref('/a/b.html', '')).toBeNull();
    expect(absoluteHref('javascript:alert(1)', 'https://example.com/')).toBeNull();
    expect(absoluteHref('story.html', 'https://example.com/news/')).toBe('https://example.com/news/story.html');
  });

  it('drops captions of videos and graphics outside figures, told by their class (Washington Post)', () => {
    const { html } = clean(
      '<div><p>The attack was condemned.</p><div class="inline-video-caption"><span class="pb-caption">Gunmen stormed the museum. (Reuters)</span></div><p>Next.</p></div>',
    );
    expect(html).not.toContain('Gunmen stormed');
    expect(html).toContain('The attack was condemned.');
  });

  it('drops a widget credit and the page’s time-stamp line (CNN)', () => {
    const { html } = clean(
      '<div><p>Copy.</p><p>Powered by SmartAsset.com</p><div><span>CNNMoney (New York)</span> <span>First published February 1, 2016: 1:28 AM ET</span></div></div>',
    );
    expect(html).not.toMatch(/SmartAsset|First published/);
    expect(html).toContain('Copy.');
  });

  it('tells a time-stamp line from a sentence that mentions a time', () => {
    expect(isTimestampLine('Updated 14:05 GMT, 3 March 2015')).toBe(true);
    expect(isTimestampLine('Mis à jour le 5 mai 2015 à 10h12')).toBe(true);
    expect(
      isTimestampLine(
        'The report was published in 2015 and updated twice since, after the ministers met at 10:30 to discuss it at length.',
      ),
    ).toBe(false);
    expect(isTimestampLine('The meeting started at 10:30 in 2015.')).toBe(false);
  });

  it('drops the page’s dek repeated as a heading and a section kicker at the top (Ars Technica)', () => {
    const standfirst = 'Two-year-old bug exposes thousands of servers to crippling attack.';
    const { html } = clean(
      `<div><h4>Biz &amp; IT —</h4><h2>${standfirst}</h2><p>A flaw in the game.</p><h2>What the flaw does</h2></div>`,
      { standfirst },
    );
    expect(html).not.toMatch(/Biz|Two-year-old/);
    expect(html).toContain('<h2>What the flaw does</h2>');
  });

  it('turns a label over links one a line into teasers, in any language (Prachatai)', () => {
    const { html, report } = clean(
      '<div><p>Copy.</p><p><strong>เรื่องที่เกี่ยวข้อง</strong><br><a href="https://prachatai.com/journal/2018/12/80211">ลืออุ้ม อ.สุรชัย ผู้ลี้ภัยหายจากที่พัก</a><br><a href="/journal/2018/12/80328">ตร.เร่งหาเบาะแสคดี</a></p></div>',
      { pageUrl: 'https://prachatai.com/journal/2019/01/80642' },
    );
    expect(report.teasers).toBe(2);
    expect(html).not.toContain('เรื่องที่เกี่ยวข้อง');
    expect(html.indexOf('80211')).toBeLessThan(html.indexOf('80328'));
    expect(html).toContain('href="https://prachatai.com/journal/2018/12/80328"');
  });

  it('drops a follow-us block, a Drupal "Submitted on" line and a print link', () => {
    const { html } = clean(
      '<div><p>Submitted on Mon, 2019-01-21 13:49</p><p>Copy stays.</p><div>ติดตามประชาไทอัพเดท ได้ที่:<br>เฟซบุ๊ก https://fb.me/prachatai<br>ทวิตเตอร์ https://twitter.com/prachatai<br>LINE ไอดี = @prachatai</div><p>Printer-friendly version</p></div>',
    );
    expect(html).not.toMatch(/Submitted|prachatai|Printer/);
    expect(html).toContain('Copy stays.');
  });

  it('keeps a paragraph of copy that quotes one address', () => {
    const { html } = clean(
      '<div><p>The ministry published the figures at https://example.gov/data on Monday, and critics said they were incomplete.</p></div>',
    );
    expect(html).toContain('The ministry published');
  });

  it('takes soft hyphens out of the copy', () => {
    const { html } = clean('<div><p>I&#39;m emo&shy;tional about the Selma-to&shy;Montgomery march.</p></div>');
    expect(html).toContain('emotional about the Selma-toMontgomery');
  });

  it('drops a gallery with its captions and page numbers, and a story-highlights box (CNN)', () => {
    const { html } = clean(
      '<div><div class="cnnExplainer cnn_html_slideshow"><cite>Police officers adjust a barricade.</cite><div>HIDE CAPTION</div><div>1</div></div>' +
        '<div><div><strong>STORY HIGHLIGHTS</strong></div><ul><li>NEW: The worst fears fail to materialize</li></ul></div><p>(CNN) -- Copy.</p></div>',
    );
    expect(html).not.toMatch(/barricade|HIDE CAPTION|HIGHLIGHTS|worst fears/);
    expect(html).toContain('(CNN) -- Copy.');
  });

  it('keeps a story block whose class says it has no caption, and a container of copy with a caption class', () => {
    const { html } = clean(
      '<div><div class="buzz_superlist_item image_hit no_caption"><h2>The mother described how her daughter was burning up.</h2></div>' +
        '<div class="story-caption-wrap"><p>A paragraph of the story.</p></div></div>',
    );
    expect(html).toContain('The mother described');
    expect(html).toContain('A paragraph of the story.');
  });
});
