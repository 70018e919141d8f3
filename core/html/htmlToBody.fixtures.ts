/** HTML as it reaches Copydesk from real sources, for htmlToBody's tests. */

/** A story fragment as a browser copies it from a news site: wrappers, classes, tracking, share widgets. */
export const NEWS_PAGE = `
<div class="article-body" data-component="text-block" style="font-family: Georgia">
  <span class="section-label" data-analytics="kicker">WORLD</span>
  <p class="paragraph--lead" data-track-id="p1">Russian President Vladimir Putin reaffirmed his support for Venezuela
     in a phone call with long-time ally President <a href="https://www.example.com/tags/maduro?utm_source=twitter&amp;utm_medium=social&amp;ref=body" class="tag-link" onclick="track()">Nicolas Maduro</a>, the Kremlin said.</p>
  <figure class="image"><img src="https://cdn.example.com/p.jpg" alt="Putin" onerror="alert(1)">
    <figcaption>"Vladimir Putin expressed solidarity," the Kremlin says. / Reuters</figcaption></figure>
  <div class="ad-slot"><script>window.ads.push({slot: 'mid'})</script><noscript><img src="https://ads.example.com/pixel.gif"></noscript></div>
  <p>In a phone call on Thursday, &ldquo;Vladimir Putin expressed <em>solidarity</em> with the Venezuelan people,&rdquo; the Kremlin said in a <strong>read-out</strong>.</p>
  <h2 class="subhead">Tanker seized</h2>
  <p>On Wednesday, the US military seized a Venezuelan oil tanker &mdash; troops rappelled<br>onto the tanker's deck.</p>
  <blockquote class="twitter-tweet"><p lang="en" dir="ltr">We stand with Venezuela.</p></blockquote>
  <p>Related: <a href="https://www.trtworld.com/article/russia-venezuela?utm_campaign=related">Russia maintains 'constant contact' with Venezuela</a></p>
  <ul class="key-points"><li>At least 87 people killed</li><li>22 strikes on boats</li></ul>
  <iframe src="https://www.youtube.com/embed/xyz" allowfullscreen></iframe>
  <p>SOURCE: TRTWorld and agencies</p>
</div>`;

/** What Word 2016 puts on the clipboard (trimmed): Office namespaces, mso styles, conditional comments. */
export const WORD_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<!--StartFragment-->
<p class=MsoTitle><span lang=EN-GB>Council approves budget<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-GB style='font-size:12.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:Calibri'>The council
approved the <b style='mso-bidi-font-weight:normal'>£4.2m</b> budget on <i style='mso-bidi-font-style:normal'>Tuesday</i>,<span
style='mso-spacerun:yes'>&nbsp; </span>after a long debate.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>Roads: £1.1m<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>Potholes first<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><!--[endif]--><span lang=EN-GB>Schools: £2m<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=EN-GB><span
style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>First vote<o:p></o:p></span></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=EN-GB><span
style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>Second vote<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-GB>Read the <a href="https://council.example.gov/budget">full budget</a>.<!--[if !supportLineBreakNewLine]--><br
style='mso-special-character:line-break'><!--[endif]--><o:p></o:p></span></p>
<p class=MsoNormal><v:shape id="Picture_1" style='width:100pt'><v:imagedata src="file:///C:/clip_image001.png" o:title=""/></v:shape><span lang=EN-GB>Reporting by Jane Doe</span></p>
<!--EndFragment-->
</body></html>`;

/** What Google Docs puts on the clipboard: a non-bold <b> wrapper and every style inline on spans. */
export const GOOGLE_DOCS_HTML =
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4f1b2c3d-7fff-1a2b-3c4d-5e6f7a8b9c0d">' +
  '<h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Flood warning</span></h2>' +
  '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Residents were told to </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">leave now</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> before the river peaks</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">.</span></p>' +
  '<br>' +
  '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><a href="https://www.google.com/url?q=https://floods.example.org/warnings&amp;sa=D&amp;source=editors&amp;ust=1700000000000&amp;usg=AOvVaw0" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Current warnings</span></a><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;"> are online.</span></p>' +
  '<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">Pack medicines</span></p></li>' +
  '<li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;text-decoration:line-through;">Drive through water</span></p></li></ul>' +
  '</b><br class="Apple-interchange-newline">';
