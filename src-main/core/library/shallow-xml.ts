/** One direct child of the document's root element. */
export interface XmlElement {
  /** Lower-cased tag name. */
  name: string;
  /** Attribute names lower-cased; values with entities decoded. */
  attrs: Record<string, string>;
  /** All text inside the element (descendants included), entities decoded, CDATA kept, trimmed. */
  text: string;
}

export interface ShallowXml {
  /** Lower-cased name of the first element, or null when there is none. */
  root: string | null;
  children: XmlElement[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (match, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : match;
    }
    return ENTITIES[body.toLowerCase()] ?? match;
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>/]+))/g)) {
    const name = m[1]?.toLowerCase();
    if (name !== undefined && !(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** The index of the `>` closing a tag that starts at `from`, skipping quoted attribute values. */
function findTagEnd(input: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < input.length; i++) {
    const c = input[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    } else if (c === '<') {
      // A new tag starts before this one closed: the markup is broken, give up on this tag.
      return -1;
    }
  }
  return quote ? input.indexOf('>', from) : -1;
}

/**
 * Reads the root element's direct children from XML that may be broken: unclosed or mismatched
 * tags, stray `<`, unknown entities, text after the root. Never throws. NFO files are edited by
 * hand and by a dozen tools, so a strict parser would lose whole libraries' worth of metadata.
 * A child named in `leafNames` holds only text: a tag opening inside it means it was left
 * unclosed (`<title>Heat<year>1995</year>`), so it ends there and the tag becomes its sibling.
 */
export function parseShallowXml(input: string, leafNames: ReadonlySet<string> = new Set()): ShallowXml {
  const children: XmlElement[] = [];
  const stack: string[] = [];
  let root: string | null = null;
  let rootClosed = false;
  let current: { element: XmlElement; raw: string[] } | null = null;
  const flush = (): void => {
    if (!current) return;
    current.element.text = decodeEntities(current.raw.join('')).trim();
    children.push(current.element);
    current = null;
  };

  let pos = 0;
  while (pos < input.length && !rootClosed) {
    const lt = input.indexOf('<', pos);
    const textEnd = lt < 0 ? input.length : lt;
    if (current && textEnd > pos) current.raw.push(input.slice(pos, textEnd));
    if (lt < 0) break;

    if (input.startsWith('<!--', lt)) {
      const end = input.indexOf('-->', lt + 4);
      pos = end < 0 ? input.length : end + 3;
      continue;
    }
    if (input.startsWith('<![CDATA[', lt)) {
      const end = input.indexOf(']]>', lt + 9);
      // CDATA is literal: escape its ampersands so the later entity pass leaves them alone.
      if (current) current.raw.push(input.slice(lt + 9, end < 0 ? input.length : end).replace(/&/g, '&amp;'));
      pos = end < 0 ? input.length : end + 3;
      continue;
    }
    if (input.startsWith('<?', lt) || input.startsWith('<!', lt)) {
      const end = input.indexOf('>', lt);
      pos = end < 0 ? input.length : end + 1;
      continue;
    }

    const tagEnd = findTagEnd(input, lt + 1);
    const inner = tagEnd < 0 ? '' : input.slice(lt + 1, tagEnd);
    const closing = /^\/\s*([A-Za-z_][\w.:-]*)/.exec(inner);
    const opening = closing ? null : /^([A-Za-z_][\w.:-]*)/.exec(inner);
    if (!closing && !opening) {
      // A stray `<` in text (`a < b`): keep it as text.
      if (current) current.raw.push('<');
      pos = lt + 1;
      continue;
    }
    pos = tagEnd + 1;

    if (closing?.[1] !== undefined) {
      const at = stack.lastIndexOf(closing[1].toLowerCase());
      if (at < 0) continue; // a closing tag nothing opened: ignore it
      stack.length = at;
      if (stack.length <= 1) flush();
      if (stack.length === 0) rootClosed = true;
      continue;
    }

    const name = (opening?.[1] ?? '').toLowerCase();
    const selfClosing = inner.endsWith('/');
    if (stack.length === 0) {
      if (root !== null) break;
      root = name;
      if (selfClosing) break;
      stack.push(name);
      continue;
    }
    if (stack.length >= 2 && current && leafNames.has(current.element.name)) {
      stack.length = 1;
      flush();
    }
    if (stack.length === 1) {
      flush();
      current = { element: { name, attrs: parseAttributes(inner.slice(name.length)), text: '' }, raw: [] };
      if (selfClosing) flush();
      else stack.push(name);
      continue;
    }
    if (!selfClosing) stack.push(name);
  }
  flush();
  return { root, children };
}
