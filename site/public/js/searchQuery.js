// The site search's query rules (used by /js/search.js; no page access, so tests run them in Node
// against a real Pagefind index: tests/unit/searchQuery.test.ts).
//
// How Pagefind (1.6) searches Chinese: its indexer splits each page's text into words with its own
// dictionary (新名街道 → 新名 / 街道) and also indexes the character pairs across its word boundaries.
// Its client splits the query with the browser's Intl.Segmenter (新名街道 → 新 / 名 / 街道) and matches
// each part as the start of a word, all parts AND-ed — except that a part no word of an index starts
// with is dropped, in each index on its own. Two gaps follow, both fixed here:
// 1. The site's index is in shards (/pagefind/shards.json, about 100 pages each). A rare character
//    (斌 of 何文斌) is missing from most shards, so there 何文斌 is searched as 何 + 文: dozens of pages
//    naming neither. searchPages keeps a result only when every part of the query that the whole site
//    knows finds that page when searched alone — what one unsharded index would answer. A shard also
//    answers a part it holds no word for with its longest word the part starts with (东 for 东风), so
//    the pages of a query of several parts are read (at most CHECKED_RESULTS) and must hold every part.
// 2. A browser without Intl.Segmenter (Chrome < 87, Safari < 14.1, Firefox < 125, older Android
//    WebViews) gets no splitting: 新名街道 is one term that must begin a word, so only the pages whose
//    title is that name match, not the bulletins naming it in a sentence. There the query is searched
//    once more as overlapping character pairs (新名 名街 街道; each begins a word or a boundary pair of
//    every page holding the name) and the answers are merged, the raw query's pages first.
// A query of one or two Chinese characters is searched as it is, as before (no flood).

// The punctuation Pagefind's client drops from a query (its own character classes).
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu
const HAN = /\p{Script=Han}/u

/** Can this browser's Pagefind split a Chinese query into words itself (Intl.Segmenter)? */
export const browserSplitsWords = () => typeof Intl === 'object' && typeof Intl.Segmenter === 'function'

/**
 * The terms Pagefind searches for `query` on this site (language zh-cn), as its client makes them:
 * with Intl.Segmenter each word of the query, without it the query split at spaces; punctuation
 * dropped, lower-cased.
 * @param {string} query
 * @param {boolean} [splitsWords]
 * @returns {string[]}
 */
export function pagefindTerms(query, splitsWords = browserSplitsWords()) {
  const words = splitsWords ? [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(query)].map((s) => s.segment) : [query]
  return words
    .map((word) => word.replace(PUNCTUATION, '').toLowerCase())
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
}

/**
 * The query as overlapping pairs of Chinese characters: each run of three or more Chinese characters
 * becomes its pairs (新名街道 → 新名 名街 街道); other runs (latin words, numbers, one or two Chinese
 * characters) stay whole; punctuation and spaces separate. Lower-cased like Pagefind's own terms.
 * @param {string} query
 * @returns {string}
 */
export function splitQuery(query) {
  const pieces = []
  for (const word of query.toLowerCase().replace(PUNCTUATION, ' ').split(/\s+/)) {
    for (const run of word.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
      const chars = [...run]
      if (!HAN.test(run) || chars.length < 3) pieces.push(run)
      else for (let i = 0; i + 1 < chars.length; i++) pieces.push(chars[i] + chars[i + 1])
    }
  }
  return pieces.join(' ')
}

/**
 * The second query to search for `query`, or null when the raw query is enough: the browser splits
 * Chinese itself, the query is an exact "phrase" search, or the pairs are the query's own terms.
 * @param {string} query
 * @param {boolean} splitsWords
 * @returns {string | null}
 */
export function pairedQuery(query, splitsWords) {
  if (splitsWords || query.includes('"')) return null
  const paired = splitQuery(query)
  return paired && paired !== pagefindTerms(query, false).join(' ') ? paired : null
}

/**
 * @template {{ id: string, data: () => Promise<{ content?: string }> }} R
 * @typedef {{ search: (term: string) => Promise<{ results: R[] } | null> }} Engine
 */

/** At most this many results are read (each its small fragment file, then kept for showing) to check them. */
export const CHECKED_RESULTS = 60

/**
 * Each part some page of the site holds, with the pages it finds searched alone across all shards; a
 * part no page holds is left out, as Pagefind ignores a word it does not know.
 * @template {{ id: string, data: () => Promise<{ content?: string }> }} R
 * @param {Engine<R>} engine
 * @param {string[]} parts
 * @returns {Promise<{ part: string, ids: Set<string> }[]>}
 */
async function knownParts(engine, parts) {
  const found = await Promise.all(
    [...new Set(parts)].map(async (part) => ({ part, ids: new Set(((await engine.search(part))?.results ?? []).map((r) => r.id)) })),
  )
  return found.filter(({ ids }) => ids.size > 0)
}

/** A page's indexed text as one string (Pagefind separates Chinese words with zero-width spaces; split/join, not replaceAll: Chrome 80–84 run Pagefind's client but lack replaceAll). */
const plainText = (/** @type {{ content?: string }} */ data) => (data.content ?? '').split('\u200b').join('').toLowerCase()

/**
 * Search `query` with a Pagefind instance, its ranking kept: Pagefind's results that hold every part of
 * the query; in a browser without Intl.Segmenter, the raw query's pages and then those its character
 * pairs find, each holding every pair. Each page has one entry (one id) in the merged index.
 * A part is searched alone across all shards, so a page a shard gave for the whole query with a part
 * dropped (the shard holds no word starting with it) is left out. A shard also answers a part it holds
 * no word for with its longest word the part starts with (东 for 东风): so when a query of several
 * parts finds at most CHECKED_RESULTS pages, each page's text is read and must hold every part.
 * @template {{ id: string, data: () => Promise<{ content?: string }> }} R
 * @param {Engine<R>} engine
 * @param {string} query
 * @param {boolean} [splitsWords]
 * @returns {Promise<R[]>}
 */
export async function searchPages(engine, query, splitsWords = browserSplitsWords()) {
  const paired = pairedQuery(query, splitsWords)
  const raw = (await engine.search(query))?.results ?? []
  const more = paired ? ((await engine.search(paired))?.results ?? []) : []
  if (raw.length === 0 && more.length === 0) return []
  const parts = query.includes('"') ? [] : paired ? paired.split(' ') : pagefindTerms(query, splitsWords)
  if (new Set(parts).size < 2) return dedupe([...raw, ...more])
  const known = await knownParts(engine, parts)
  const found = dedupe([...raw, ...more]).filter((result) => known.every(({ ids }) => ids.has(result.id)))
  if (found.length > CHECKED_RESULTS) return found
  const texts = await Promise.all(found.map(async (result) => plainText(await result.data())))
  return found.filter((_, i) => known.every(({ part }) => texts[i]?.includes(part)))
}

/**
 * @template {{ id: string }} R
 * @param {R[]} results
 * @returns {R[]}
 */
function dedupe(results) {
  const seen = new Set()
  return results.filter((result) => !seen.has(result.id) && seen.add(result.id))
}
