/** Records are a few KiB; a larger file is rare enough to always take the full parser. */
const MAX_FAST_CHARS = 256 * 1024;
/** Over this a line may hold an implicit key longer than YAML allows (1024 chars). */
const MAX_LINE = 1024;

/**
 * Features the fast path leaves to the `yaml` library, found by a conservative look at the text
 * (false alarms only cost speed): tabs, control and odd line-break characters, a lone CR, merge
 * keys, directives, anchors, aliases and tags, complex keys, block scalars with an indentation
 * indicator or keep-chomping, a comment glued to a quoted scalar or flow collection.
 */
const REFUSE: [string[], RegExp][] = [
  [[], /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)|<</],
  [['%'], /^%/m],
  [['&', '*', '!'], /(?:^|[\s[\]{},])(?:[&*][^\s[\]{},]|!)/m],
  [['?'], /(?:^|[\s[{,])\?(?:\s|$)/m],
  [['|', '>'], /[|>][-+]?[0-9]|[|>]\+/],
  [['#'], /["'\]}]#/],
];

/** A pattern is tried only when one of its characters occurs: multiline patterns are slow on every file. */
function refused(text: string): boolean {
  return REFUSE.some(([chars, re]) => (chars.length === 0 || chars.some((c) => text.includes(c))) && re.test(text));
}

/** A line ending in an empty value (`key:`, an empty block scalar): at a document's end `yaml` stretches its range to the next token. */
const EMPTY_AT_END = /(?::|(?:^|\s)(?:-|[|>]-?))\s*(?:#.*)?$/;

/** An empty or directly nested sequence item (`-` alone, `- -`): js-yaml nests `- -` / `- a` differently. */
const EMPTY_ITEM = /(?:^|\s)-(?:\s*(?:#.*)?$|\s+-(?:\s|$))/;
const BLOCK_HEADER = /[|>]-?\s*(?:#.*)?$/;

/**
 * For text in the plain subset of YAML the fast path reads: the first and last line (1-based) of
 * each document's content, as the `yaml` library reports them; undefined when the file is outside
 * that subset (see REFUSE), has an empty document, a document marker with content on its line,
 * a flow collection over several lines, or a very long line.
 */
export function scanPlainYaml(text: string): [number, number][] | undefined {
  if (text.length > MAX_FAST_CHARS || refused(text)) return undefined;
  const sections: { first?: number; last?: number; open?: boolean }[] = [{}];
  let markers = 0;
  let block = false;
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    line++;
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (raw.length > MAX_LINE) return undefined;
    if (raw.startsWith('---') || raw.startsWith('...')) {
      if (/^---\s*$/.test(raw)) {
        markers++;
        sections.push({});
        continue;
      }
      if (/^(?:---|\.\.\.)(?:\s|$)/.test(raw)) return undefined;
    }
    const body = raw.trimStart();
    if (body === '') {
      // Spaces on an otherwise empty line after a block scalar belong to the scalar's range in `yaml`.
      if (raw.length > 0 && block) return undefined;
      continue;
    }
    const current = sections[sections.length - 1]!;
    if (body[0] === '#') {
      // Where an indented comment at a document's end falls (its range or not) depends on what it follows.
      if (body.length !== raw.length && current.first !== undefined) current.open = true;
      continue;
    }
    if (!balanced(raw) || EMPTY_ITEM.test(raw)) return undefined;
    current.first ??= line;
    current.last = line;
    current.open = EMPTY_AT_END.test(raw);
    block ||= BLOCK_HEADER.test(raw);
  }
  // Comments before the first marker make no document of their own.
  if (markers > 0 && sections[0]!.first === undefined) sections.shift();
  if (sections.length === 0 || sections.some((s) => s.first === undefined || s.open)) return undefined;
  return sections.map((s) => [s.first!, s.last!]);
}

/** Brackets close on the line they open (a flow collection over lines has indentation rules of its own). */
function balanced(line: string): boolean {
  let square = 0;
  let curly = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 91) square++;
    else if (c === 93) square--;
    else if (c === 123) curly++;
    else if (c === 125) curly--;
  }
  return square === 0 && curly === 0;
}
