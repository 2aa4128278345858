// One HTML parse for the extractor, fast where that is safe.
//
// WHY two parsers: cheerio's default parser, parse5, builds exactly the tree a browser (and so an assessor) sees,
// but it was ~60% of a bench page's extraction time; htmlparser2 parses the same pages ~2.5× faster. htmlparser2
// does not run the HTML spec's tree construction, so on broken markup its tree differs (an unclosed <li><a> nests
// the next item inside the link, a <p> left open in a cell swallows the next row, a premature </b> moves blocks),
// which would change link texts and the rows that tie an item code to its link. So htmlparser2 builds the tree
// while this handler watches for every construct where parse5 would build a different one; at the first one the
// page is parsed again with parse5. Well-formed pages (most CMS output) take the fast path and get the same
// tree shape; everything else gets parse5's tree, as before. Checked by a differential test over every fixture and
// thousands of mutated pages (test/crawl/html-parse.test.ts).
import { load, type CheerioAPI } from 'cheerio';
import { DomHandler, type Document, type Element } from 'domhandler';
import { Parser } from 'htmlparser2';

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** End tags a document may leave out; parse5 closes them silently where htmlparser2 does too. */
const OPTIONAL_END = new Set(['li', 'dt', 'dd', 'p', 'rb', 'rt', 'rtc', 'rp', 'optgroup', 'option', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'colgroup', 'caption', 'head', 'body', 'html']);
/**
 * End tags for which parse5, too, closes the optional-end elements left open inside (it "generates implied end
 * tags"). Any other end tag (</label>, </span>, </b> …) with a <li> or <p> still open inside is ignored by parse5
 * or runs its adoption agency, where htmlparser2 closes everything down to it.
 */
const POPS_OPTIONAL = new Set([
  'address', 'article', 'aside', 'blockquote', 'button', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'hgroup', 'listing', 'main', 'menu', 'nav', 'ol', 'pre', 'search', 'section', 'summary', 'ul', 'form',
  'p', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'select',
  'body', 'html',
]);
/** Start tags that make parse5 close an open <p> (in button scope). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'pre', 'listing', 'form', 'li', 'dd', 'dt', 'plaintext', 'table', 'hr', 'xmp',
]);
const BUTTON_SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'button', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TABLE_CONTEXT = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const IN_TABLE_OK = new Set(['caption', 'colgroup', 'col', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'script', 'style']);
const SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col']);
const IN_HEAD_OK = new Set(['meta', 'link', 'title', 'base', 'script', 'style', 'noscript', 'basefont', 'bgsound']);
const FORM_CONTROLS = new Set(['select', 'input', 'output', 'button', 'datalist', 'textarea']);
const IN_SELECT_OK = new Set(['option', 'optgroup', 'hr', 'script']);
/** HTML start tags that end an <svg>/<math> in parse5. */
const BREAKS_FOREIGN = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike',
  'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var', 'font',
]);
/** Parsed by parse5 in ways htmlparser2 does not copy (raw text, renamed, fragment content, frameset mode). */
const PARSE5_ONLY = new Set(['noembed', 'noframes', 'xmp', 'plaintext', 'image', 'isindex', 'template', 'frameset', 'keygen', 'math', 'frame']);

/** htmlparser2's DOM builder, plus the watch for markup where parse5 would build another tree. */
class WatchedHandler extends DomHandler {
  differs = false;
  /** What sent the page to parse5 (tests and profiling read it). */
  reason?: string;
  atEnd = false;
  private closedInside: string[] = [];
  private pClosedByOpen = false;

  onDiffer?: () => void;

  mark(reason: string): void {
    if (this.differs) return;
    this.differs = true;
    this.reason = reason;
    this.onDiffer?.();
  }

  private has(name: string, stopAt?: Set<string>): boolean {
    const s = this.tagStack;
    for (let i = s.length - 1; i > 0; i--) {
      const n = (s[i] as Element).name;
      if (n === name) return true;
      if (stopAt?.has(n)) return false;
    }
    return false;
  }

  private get top(): string {
    const s = this.tagStack;
    return s.length > 1 ? (s[s.length - 1] as Element).name : '';
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (!this.differs && this.opensDifferently(name)) this.mark(`<${name}> in <${this.top}>`);
    // htmlparser2 lets a form control close an open <option>/<button>/<select>; parse5 nests it (or not) by its own rules.
    if (!this.differs && this.closedInside.length && FORM_CONTROLS.has(name)) this.mark(`<${name}> closes <${this.closedInside.join('>, <')}>`);
    this.closedInside.length = 0;
    this.pClosedByOpen = false;
    super.onopentag(name, attribs);
  }

  private opensDifferently(name: string): boolean {
    const top = this.top;
    if (PARSE5_ONLY.has(name)) return true;
    // Document structure: parse5 puts content in <body> whatever the markup says.
    if (name === 'html') return this.tagStack.length > 1;
    if (name === 'head') return top !== 'html' && top !== '';
    if (name === 'body') return top !== 'html' && top !== '';
    if (top === 'head' && !IN_HEAD_OK.has(name)) return true;
    if ((top === 'html' || top === '') && !IN_HEAD_OK.has(name)) return true;
    if (this.has('svg') && (BREAKS_FOREIGN.has(name) || name === 'title')) return true; // an <svg><title> holds markup
    if (this.has('select') && !IN_SELECT_OK.has(name)) return true; // parse5 drops or moves tags inside a <select>
    // Tables: parse5 adds rows and sections and moves stray content out of the table (foster parenting).
    if (TABLE_CONTEXT.has(top) && !IN_TABLE_OK.has(name)) return true;
    if ((name === 'td' || name === 'th') && top !== 'tr') return true;
    if (name === 'tr' && !(top === 'table' || SECTIONS.has(top))) return true;
    if ((SECTIONS.has(name) || name === 'caption' || name === 'colgroup') && top !== 'table') return true;
    if (name === 'col' && top !== 'table' && top !== 'colgroup') return true; // in a cell, parse5 ends the cell
    if (name === 'table' && this.pClosedByOpen) return true; // quirks mode keeps a table inside the <p>
    // Elements parse5 closes although they are not the current node.
    if (CLOSES_P.has(name) && this.has('p', BUTTON_SCOPE)) return true;
    if (name === 'li' && this.has('li', new Set(['ul', 'ol', 'menu', 'table']))) return true;
    if ((name === 'dd' || name === 'dt') && (this.has('dd', new Set(['dl', 'table'])) || this.has('dt', new Set(['dl', 'table'])))) return true;
    if (HEADINGS.has(name) && HEADINGS.has(top)) return true;
    if ((name === 'a' || name === 'button' || name === 'form' || name === 'nobr') && this.has(name)) return true;
    return false;
  }

  override onclosetag(name?: string, isImplied?: boolean): void {
    // `<script><!-- document.write("<script …></script>") --></script>`: parse5's script-data escape states run
    // on past the inner </script>, htmlparser2 stops at it.
    if ((name === 'script' || name === 'textarea') && !this.differs) {
      const body = (this.tagStack[this.tagStack.length - 1] as Element).children[0];
      const data = body && 'data' in body ? String(body.data) : '';
      if (name === 'script' && data.includes('<!--') && /<script/i.test(data)) this.mark('<script> with an escaped inner <script>');
      // parse5 decodes character references in a <textarea> (RCDATA); htmlparser2 leaves them as written.
      if (name === 'textarea' && data.includes('&')) this.mark('<textarea> with a character reference');
    }
    if (!this.atEnd && !this.differs && name !== undefined) {
      if (isImplied && VOID.has(name)) {
        // htmlparser2 closes a void element right after opening it: nothing was left open.
      } else if (isImplied) {
        // Closed by a start tag (htmlparser2's sibling rules, same as parse5's) or by an end tag further out.
        this.closedInside.push(name);
        if (name === 'p') this.pClosedByOpen = true;
      } else {
        if (this.closedInside.length && (!POPS_OPTIONAL.has(name) || this.closedInside.some((n) => !OPTIONAL_END.has(n)))) this.mark(`</${name}> closes <${this.closedInside.join('>, <')}>`);
        this.closedInside.length = 0;
        this.pClosedByOpen = false;
      }
    }
    super.onclosetag();
  }

  override ontext(data: string): void {
    // HTML's whitespace, not JavaScript's \s: a no-break space is text to parse5 (it starts the body).
    if (!this.differs && /[^ \t\n\f\r]/.test(data)) {
      const top = this.top;
      if (top === 'head' || top === 'html' || top === '' || TABLE_CONTEXT.has(top)) this.mark(`text in <${top}>`);
    }
    super.ontext(data);
  }
}

/** Comment and character forms the two tokenizers read differently. */
const TOKENIZER_TRAPS = /<!--!?-?>|--!>|\u0000|<\/[^A-Za-z>]|<!(?!--|doctype|DOCTYPE|\[CDATA\[)/;

export interface ParsedHtml {
  /** The document (htmlparser2's or parse5's tree, both as domhandler nodes). */
  root: Document;
  /** A cheerio API over `root`, made on first use (most pages never need one). */
  cheerio(): CheerioAPI;
  parser: 'htmlparser2' | 'parse5';
  /** Why parse5 was used. */
  reason?: string;
}

/**
 * htmlparser2's parser, told about end tags it drops because nothing of that name is open. It overrides the
 * tokenizer callback `onclosetag(start, end)` and reads the parser's open-element `stack`, both internals of
 * htmlparser2 10.x: test/crawl/html-parse.test.ts compares the result with parse5's and fails if an upgrade changes them.
 */
class WatchedParser extends Parser {
  /** `src` is the whole input, written in one piece, so the tokenizer's indices are indices into it. */
  constructor(
    private readonly watch: WatchedHandler,
    private readonly src: string,
  ) {
    super(watch, { decodeEntities: true });
  }

  override onclosetag(start: number, endIndex: number): void {
    const name = this.src.slice(start, endIndex).toLowerCase();
    const open = (this as unknown as { stack: string[] }).stack;
    if (!open.includes(name)) {
      // `<h1>…</h2>`: parse5 closes the open heading, htmlparser2 ignores the end tag.
      if (HEADINGS.has(name) && open.some((n) => HEADINGS.has(n))) this.watch.mark(`</${name}> in another heading`);
      // A stray end tag in <head> (`</body>`, `</br>`) makes parse5 end the head and start the body there.
      else if (open.includes('head')) this.watch.mark(`</${name}> in <head>`);
      // parse5's table has the <tbody> (and rows) it implied; its end tag closes the open cell there.
      else if (TABLE_PARTS.has(name) && open.includes('table')) this.watch.mark(`</${name}> with no open <${name}> in a table`);
      else if ((name === 'body' || name === 'html' || name === 'br') && !open.includes('body')) this.watch.mark(`</${name}> before <body>`);
    }
    super.onclosetag(start, endIndex);
  }
}

/** `only: 'parse5'` skips the fast path (tests compare the two). */
export function parseHtml(html: string, only?: 'parse5'): ParsedHtml {
  // parse5 reads CR LF and lone CR as LF (the spec's input preprocessing), in text and attributes alike.
  const src = html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html;
  const trap = only ? null : TOKENIZER_TRAPS.exec(src);
  let reason = only ? 'asked for' : trap ? `tokenizer: ${JSON.stringify(trap[0])}` : undefined;
  if (!trap && !only) {
    const handler = new WatchedHandler();
    const parser = new WatchedParser(handler, src);
    handler.onDiffer = () => parser.pause(); // parse5 will parse it again: stop here
    parser.write(src);
    if (!handler.differs) {
      handler.atEnd = true;
      parser.end();
    }
    if (!handler.differs) {
      const root = handler.root;
      let $: CheerioAPI | undefined;
      return { root, cheerio: () => ($ ??= load(root)), parser: 'htmlparser2' };
    }
    reason = handler.reason;
  }
  const $ = load(html);
  return { root: $.root()[0] as Document, cheerio: () => $, parser: 'parse5', reason };
}
