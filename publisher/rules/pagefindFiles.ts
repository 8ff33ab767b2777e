/**
 * Taking pages out of a written Pagefind index without indexing it again (issue 26: at 100,000 items a
 * base shard holds ~1,700 pages; writing it again for one edited page took 4.7–8.1 s of every publish).
 * Pure: bytes in, bytes out; publisher/astro/pagefindCut.mjs reads and writes the files.
 *
 * Pagefind's data files (checked against 1.6.0, tests/unit/pagefindCut.test.ts runs its own client over
 * the result) are gzip'd 'pagefind_dcd' followed by CBOR:
 * - the meta (`pagefind.<hash>.pf_meta`): [version, pages: [[fragment hash, word count, …]…],
 *   index chunks: [[first word, last word, chunk hash]…], filters, sorts, meta fields]. A page's number is its
 *   position in `pages`;
 * - a word chunk (`index/<hash>.pf_index`): [[[word, pages: [[page number, locations, …]…], …]…]], the
 *   page numbers of one word delta-encoded (each is the difference from the one before);
 * - a fragment (`fragment/<hash>.pf_fragment`): 'pagefind_dcd' + JSON with the page's url and text.
 * Cutting a page: its fragment goes, every word loses the page's entry, a word left with no page goes,
 * an empty chunk goes, and each chunk's first and last word are those it still has — so no file keeps a
 * word only the page had (takedown = gone, README "Security"). The page keeps its slot in `pages` (the
 * numbers of the others do not move); no word points at it any more, so no search finds it.
 */

import { Decoder, Encoder } from 'cbor-x'

export const PAGEFIND_MAGIC = 'pagefind_dcd'

// CBOR (RFC 8949) by cbor-x, set to plain CBOR: no record or typed-array extensions, maps read as
// Maps. It writes the shortest form, as Pagefind's minicbor does, so a file read and written back is the
// same bytes (tests/unit/pagefindCut.test.ts and tests/site/search-index.test.ts check it on real indexes).

type Cbor = number | string | Uint8Array | boolean | null | undefined | Cbor[] | Map<Cbor, Cbor>

const utf8 = new TextDecoder('utf-8', { fatal: true })
const encoder = new TextEncoder()
const CBOR_OPTIONS = { useRecords: false, mapsAsObjects: false, tagUint8Array: false }
const cborEncoder = new Encoder(CBOR_OPTIONS)
const cborDecoder = new Decoder(CBOR_OPTIONS)

export function decodeCbor(bytes: Uint8Array): Cbor {
  try {
    return cborDecoder.decode(bytes) as Cbor
  } catch (error) {
    throw new Error(`pagefind file: unreadable CBOR (${error instanceof Error ? error.message : String(error)})`)
  }
}

export function encodeCbor(value: Cbor): Uint8Array {
  return cborEncoder.encode(value)
}

const MAGIC = encoder.encode(PAGEFIND_MAGIC)

/** The CBOR of a decompressed Pagefind data file (after its 'pagefind_dcd'). */
export function unwrap(data: Uint8Array): Cbor {
  for (let i = 0; i < MAGIC.length; i++) if (data[i] !== MAGIC[i]) throw new Error('pagefind file: not a pagefind_dcd file')
  return decodeCbor(data.subarray(MAGIC.length))
}

/** 'pagefind_dcd' + CBOR (to be gzip'd). */
export function wrap(value: Cbor): Uint8Array {
  const body = encodeCbor(value)
  const out = new Uint8Array(MAGIC.length + body.length)
  out.set(MAGIC)
  out.set(body, MAGIC.length)
  return out
}

export type PagefindMeta = { value: Cbor[]; pages: string[]; chunks: { from: string; to: string; hash: string }[] }

export function readMeta(data: Uint8Array): PagefindMeta {
  const value = unwrap(data)
  if (!Array.isArray(value) || !Array.isArray(value[1]) || !Array.isArray(value[2]) || typeof value[0] !== 'string')
    throw new Error('pagefind meta: unexpected layout')
  const pages = value[1].map((page) => {
    if (!Array.isArray(page) || typeof page[0] !== 'string') throw new Error('pagefind meta: unexpected page entry')
    return page[0]
  })
  const chunks = value[2].map((chunk) => {
    if (!Array.isArray(chunk) || typeof chunk[0] !== 'string' || typeof chunk[1] !== 'string' || typeof chunk[2] !== 'string')
      throw new Error('pagefind meta: unexpected chunk entry')
    return { from: chunk[0], to: chunk[1], hash: chunk[2] }
  })
  return { value, pages, chunks }
}

/**
 * A word chunk without the entries of `cut` (page numbers): the words left (null when none is) and the
 * first and last of them. Throws on a layout it does not know (the caller then writes the index again).
 */
export function cutChunk(
  data: Uint8Array,
  cut: ReadonlySet<number>,
): { changed: false } | { changed: true; data: Uint8Array; from: string; to: string } | { changed: true; data: null } {
  const chunk = unwrap(data)
  if (!Array.isArray(chunk) || !Array.isArray(chunk[0])) throw new Error('pagefind chunk: unexpected layout')
  const words = chunk[0]
  const kept: Cbor[] = []
  let changed = false
  for (const word of words) {
    if (!Array.isArray(word) || typeof word[0] !== 'string' || !Array.isArray(word[1]))
      throw new Error('pagefind chunk: unexpected word entry')
    // Anything after the pages that is not empty might name pages too: not cut blind (the index is written again).
    if (word.slice(2).some((rest) => !Array.isArray(rest) || rest.length > 0)) throw new Error('pagefind chunk: unexpected word data')
    let page = 0
    let last = 0
    const pages: Cbor[] = []
    for (const entry of word[1]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'number') throw new Error('pagefind chunk: unexpected page entry')
      page += entry[0]
      if (cut.has(page)) continue
      pages.push([page - last, ...entry.slice(1)])
      last = page
    }
    if (pages.length === word[1].length) {
      kept.push(word)
      continue
    }
    changed = true
    if (pages.length > 0) kept.push([word[0], pages, ...word.slice(2)])
  }
  if (!changed) return { changed: false }
  if (kept.length === 0) return { changed: true, data: null }
  const first = (kept[0] as Cbor[])[0] as string
  const end = (kept[kept.length - 1] as Cbor[])[0] as string
  return { changed: true, data: wrap([kept, ...chunk.slice(1)]), from: first, to: end }
}

/** The meta with these chunks (first word, last word, hash) in place of its own; pages unchanged. */
export function withChunks(meta: PagefindMeta, chunks: readonly { from: string; to: string; hash: string }[]): Uint8Array {
  const value = [...meta.value]
  value[2] = chunks.map((chunk) => [chunk.from, chunk.to, chunk.hash])
  return wrap(value)
}

/** A fragment's page URL. */
export function fragmentUrlOf(data: Uint8Array): string {
  const text = utf8.decode(data)
  if (!text.startsWith(PAGEFIND_MAGIC)) throw new Error('pagefind fragment: not a pagefind_dcd file')
  return JSON.parse(text.slice(text.indexOf('{'))).url
}
