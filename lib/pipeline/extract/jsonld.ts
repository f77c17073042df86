// JSON-LD article data (schema.org NewsArticle and kin). Pages often carry broken JSON-LD:
// anything that does not parse is skipped quietly.

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
]);

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  author: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function parseLoosely(source: string): Json | undefined {
  try {
    return JSON.parse(source) as Json;
  } catch {
    // Raw line breaks and tabs inside strings are the most common breakage; retry once without them.
    try {
      return JSON.parse(source.replace(/[\u0000-\u001f]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(node: { [key: string]: Json }): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

/** Every object in the JSON-LD tree (arrays, @graph, nested values), breadth first. */
function* walk(root: Json): Generator<{ [key: string]: Json }> {
  const queue: Json[] = [root];
  let guard = 0;
  while (queue.length && guard++ < 5000) {
    const item = queue.shift() as Json;
    if (Array.isArray(item)) queue.push(...item);
    else if (isObject(item)) {
      yield item;
      for (const value of Object.values(item)) if (typeof value === 'object' && value !== null) queue.push(value);
    }
  }
}

/** A name from a string, an object with `name`, or the first of an array of those. */
export function nameOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map((x) => nameOf(x)).filter((x): x is string => !!x);
    return names.length ? names.join('، ') : null;
  }
  if (isObject(v)) return nameOf(v.name);
  return null;
}

function stringOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return stringOf(v[0]);
  return null;
}

/** The first article object found in the page's JSON-LD scripts, or null. */
export function readJsonLdArticle(doc: Document): JsonLdArticle | null {
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  for (const script of scripts) {
    const data = parseLoosely(script.textContent ?? '');
    if (data === undefined) continue;
    for (const node of walk(data)) {
      if (!typesOf(node).some((t) => ARTICLE_TYPES.has(t))) continue;
      return {
        headline: stringOf(node.headline) ?? stringOf(node.name),
        datePublished: stringOf(node.datePublished) ?? stringOf(node.dateCreated),
        publisher: nameOf(node.publisher),
        author: nameOf(node.author),
      };
    }
  }
  return null;
}
