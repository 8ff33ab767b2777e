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
//    each page found for a query of several parts is read and must hold every part: pagedSearch reads
//    them as the results are shown, a page of results at a time, so every result a resident sees (and
//    the count) holds the whole query however many pages Pagefind found.
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

/** Results read at once (each its small fragment file, kept by Pagefind for showing) when checking them. */
export const CHECK_BATCH = 20

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
 * @template R
 * @typedef {{
 *   next: (count: number) => Promise<R[]>,
 *   more: () => boolean,
 *   total: () => number | null,
 * }} Pager
 * `next(count)`: the next `count` results (fewer only at the end), each holding the whole query;
 * `more()`: whether a result is left (known: one is checked ahead); `total()`: how many results there
 * are, once known (null while pages found are still to be read).
 */

/**
 * Search `query` with a Pagefind instance, its ranking kept, a page of results at a time: Pagefind's
 * results that hold every part of the query; in a browser without Intl.Segmenter, the raw query's pages
 * and then those its character pairs find, each holding every pair. Each page has one entry (one id) in
 * the merged index. A part is searched alone across all shards, so a page a shard gave for the whole
 * query with a part dropped (the shard holds no word starting with it) is left out. A shard also answers
 * a part it holds no word for with its longest word the part starts with (东 for 东风): so for a query of
 * several parts each page is read (CHECK_BATCH at a time, as results are asked for) and kept only when
 * its text holds every part.
 * @template {{ id: string, data: () => Promise<{ content?: string }> }} R
 * @param {Engine<R>} engine
 * @param {string} query
 * @param {boolean} [splitsWords]
 * @returns {Promise<Pager<R>>}
 */
export async function pagedSearch(engine, query, splitsWords = browserSplitsWords()) {
  const paired = pairedQuery(query, splitsWords)
  const raw = (await engine.search(query))?.results ?? []
  const pairs = paired ? ((await engine.search(paired))?.results ?? []) : []
  const parts = raw.length + pairs.length === 0 || query.includes('"') ? [] : paired ? paired.split(' ') : pagefindTerms(query, splitsWords)
  const known = new Set(parts).size < 2 ? [] : await knownParts(engine, parts)
  const found = dedupe([...raw, ...pairs]).filter((result) => known.every(({ ids }) => ids.has(result.id)))
  /** Results that passed, not handed out yet; `read`: how many of `found` were looked at. @type {R[]} */
  const ready = []
  let read = 0
  /** Read pages until `count` results passed or none is left to read. @param {number} count */
  async function fill(count) {
    while (ready.length < count && read < found.length) {
      const batch = found.slice(read, read + (known.length === 0 ? count - ready.length : Math.max(CHECK_BATCH, count - ready.length)))
      read += batch.length
      // One by one, not push(...batch): a one-word query can find more pages than a call takes arguments.
      const texts = known.length === 0 ? null : await Promise.all(batch.map(async (result) => plainText(await result.data())))
      batch.forEach((result, i) => {
        if (!texts || known.every(({ part }) => texts[i]?.includes(part))) ready.push(result)
      })
    }
  }
  let handed = 0
  return {
    /** @param {number} count */
    async next(count) {
      // One more than asked: whether a result is left is then known.
      await fill(count + 1)
      const out = ready.splice(0, count)
      handed += out.length
      return out
    },
    more: () => ready.length > 0 || read < found.length,
    total: () => (known.length === 0 ? found.length : read === found.length ? handed + ready.length : null),
  }
}

/**
 * Every result of `query` (pagedSearch's, all at once; every page found is read when the query has several parts).
 * @template {{ id: string, data: () => Promise<{ content?: string }> }} R
 * @param {Engine<R>} engine
 * @param {string} query
 * @param {boolean} [splitsWords]
 * @returns {Promise<R[]>}
 */
export async function searchPages(engine, query, splitsWords = browserSplitsWords()) {
  return (await pagedSearch(engine, query, splitsWords)).next(Number.POSITIVE_INFINITY)
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
