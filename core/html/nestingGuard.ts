import { Tokenizer } from 'htmlparser2';

/**
 * htmlparser2 keeps its open-element stack with `unshift`, so every open tag costs time in proportion to
 * the current depth: 100,000 nested tags take seconds and a 5 MB hostile paste would take hours. This
 * linear pre-pass tracks an approximate open-element stack with the tokenizer alone and cuts out the
 * tags (and their end tags) that would sit deeper than `maxDepth`, so their text is kept, flattened.
 * Ordinary HTML never comes near the limit and is returned unchanged. It also counts the tags, so that
 * markup with far more elements than any article is refused before the slower full parse.
 */
export function limitNesting(html: string, maxDepth: number): { html: string; tags: number } {
  const cuts: Array<[number, number]> = [];
  let tags = 0;
  const stack = new OpenElements();
  const dropped = new Map<string, number>();
  let pending: { name: string; start: number; drop: boolean; pushed: boolean } | null = null;

  const openTag = (name: string, start: number): void => {
    tags += 1;
    const closes = IMPLIED_CLOSE.get(name);
    if (closes) while (stack.top !== undefined && closes.has(stack.top)) stack.pop();
    const drop = !VOID.has(name) && !RAW_TEXT.has(name) && stack.depth >= maxDepth;
    const pushed = !drop && !VOID.has(name);
    pending = { name, start, drop, pushed };
    if (drop) dropped.set(name, (dropped.get(name) ?? 0) + 1);
    else if (pushed) stack.push(name);
  };
  const endOpenTag = (endIndex: number, selfClosing: boolean): void => {
    if (pending === null) return;
    if (pending.drop) cuts.push([pending.start, endIndex + 1]);
    // Only inside SVG and MathML does "/>" close an element; in HTML "<div/>" stays open.
    else if (selfClosing && pending.pushed && stack.inForeign()) stack.pop();
    pending = null;
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname: (start, end) => openTag(html.slice(start, end).toLowerCase(), start - 1),
      onopentagend: (end) => endOpenTag(end, false),
      onselfclosingtag: (end) => endOpenTag(end, true),
      onclosetag: (start, end) => {
        const name = html.slice(start, end).toLowerCase();
        if (stack.top === name) {
          stack.pop();
          return;
        }
        const count = dropped.get(name) ?? 0;
        if (count > 0) {
          dropped.set(name, count - 1);
          const close = html.indexOf('>', end);
          cuts.push([start - 2, close === -1 ? html.length : close + 1]);
          return;
        }
        // An end tag for something further up closes everything above it, as the parser does.
        stack.closeThrough(name);
      },
      onattribdata: () => {},
      onattribentity: () => {},
      onattribend: () => {},
      onattribname: () => {},
      oncdata: () => {},
      oncomment: () => {},
      ondeclaration: () => {},
      onend: () => {},
      onprocessinginstruction: () => {},
      ontext: () => {},
      ontextentity: () => {},
      // As the parser does: inside SVG and MathML, <style> and <title> are ordinary elements.
      isInForeignContext: () => stack.inForeign(),
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (cuts.length === 0) return { html, tags };

  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start < from) continue;
    parts.push(html.slice(from, start));
    from = end;
  }
  parts.push(html.slice(from));
  return { html: parts.join(''), tags };
}

/**
 * The open elements, with a count per name so that an end tag with no open element is ignored without a
 * search; a search that finds its element removes everything it passed, so the whole pass stays linear.
 */
class OpenElements {
  private readonly names: string[] = [];
  private readonly counts = new Map<string, number>();
  private readonly foreign: number[] = [];

  get depth(): number {
    return this.names.length;
  }

  get top(): string | undefined {
    return this.names[this.names.length - 1];
  }

  /** Whether an SVG or MathML element is open. */
  inForeign(): boolean {
    return this.foreign.length > 0;
  }

  push(name: string): void {
    if (name === 'svg' || name === 'math') this.foreign.push(this.names.length);
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  pop(): void {
    const name = this.names.pop();
    if (name === undefined) return;
    this.counts.set(name, this.counts.get(name)! - 1);
    const last = this.foreign[this.foreign.length - 1];
    if (last !== undefined && last >= this.names.length) this.foreign.pop();
  }

  closeThrough(name: string): void {
    if ((this.counts.get(name) ?? 0) === 0) return;
    while (this.names.length > 0 && this.top !== name) this.pop();
    this.pop();
  }
}

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
// Their content is raw text to the tokenizer, so they cannot nest and cutting their tags would expose it.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const IMPLIED_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['h1', HEADINGS],
  ['h2', HEADINGS],
  ['h3', HEADINGS],
  ['h4', HEADINGS],
  ['h5', HEADINGS],
  ['h6', HEADINGS],
  ...[
    'p',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((tag): [string, Set<string>] => [tag, P]),
]);
