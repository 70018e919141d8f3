import { strToU8, zipSync } from 'fflate';

/** Small hand-written Word packages for tests: just the parts a case needs. */
const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';

/** Parts are XML text, or bytes (pictures under word/media/). */
export function docx(bodyXml: string, parts: Record<string, string | Uint8Array> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`),
  };
  for (const [path, part] of Object.entries(parts)) files[path] = typeof part === 'string' ? strToU8(part) : part;
  return zipSync(files);
}

export const commentsXml = (inner: string) => `<?xml version="1.0"?><w:comments ${W}>${inner}</w:comments>`;
export const extendedXml = (inner: string) => `<?xml version="1.0"?><w15:commentsEx ${W}>${inner}</w15:commentsEx>`;
export const stylesXml = `<?xml version="1.0"?><w:styles ${W}>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style>
<w:style w:type="paragraph" w:styleId="HouseQuote"><w:name w:val="House Quote"/><w:basedOn w:val="Quote"/></w:style>
</w:styles>`;
export const numberingXml = `<?xml version="1.0"?><w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

export const p = (inner: string, style?: string, extraPPr = '') =>
  `<w:p>${style || extraPPr ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${extraPPr}</w:pPr>` : ''}${inner}</w:p>`;
export const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
export const delR = (text: string) => `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>`;
export const ins = (id: number, inner: string, author = 'Ann Desk', date = '2026-11-29T10:00:00Z') =>
  `<w:ins w:id="${id}"${author ? ` w:author="${author}"` : ''} w:date="${date}">${inner}</w:ins>`;
export const del = (id: number, inner: string, author = 'Ann Desk', date = '2026-11-29T10:00:00Z') =>
  `<w:del w:id="${id}"${author ? ` w:author="${author}"` : ''} w:date="${date}">${inner}</w:del>`;
export const comment = (id: number, text: string, author = 'Ann Desk', paraId = '') =>
  `<w:comment w:id="${id}" w:author="${author}" w:initials="AD" w:date="2026-11-29T10:05:00Z"><w:p${paraId ? ` w14:paraId="${paraId}"` : ''}>${r(text)}</w:p></w:comment>`;
export const rels = (inner: string) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;
