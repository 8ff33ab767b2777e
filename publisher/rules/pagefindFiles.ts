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

export const PAGEFIND_MAGIC = 'pagefind_dcd'

// A minimal CBOR codec (RFC 8949) for what Pagefind writes: integers, strings, arrays, maps, simple
// values. Encoding is the shortest form, which is what Pagefind's minicbor writes (a round trip gives
// the same bytes; the test checks it on a real index).

type Cbor = number | string | Uint8Array | boolean | null | undefined | Cbor[] | Map<Cbor, Cbor>

const utf8 = new TextDecoder('utf-8', { fatal: true })
const encoder = new TextEncoder()

class Reader {
  at = 0
  constructor(readonly bytes: Uint8Array) {}
  length(info: number): number {
    const b = this.bytes
    if (info < 24) return info
    if (info === 24) return b[this.at++]
    if (info === 25) {
      const value = (b[this.at] << 8) | b[this.at + 1]
      this.at += 2
      return value
    }
    if (info === 26) {
      const value = ((b[this.at] << 24) >>> 0) + ((b[this.at + 1] << 16) | (b[this.at + 2] << 8) | b[this.at + 3])
      this.at += 4
      return value
    }
    if (info === 27) {
      let value = 0
      for (let i = 0; i < 8; i++) value = value * 256 + b[this.at + i]
      this.at += 8
      if (!Number.isSafeInteger(value)) throw new Error('pagefind file: integer too large')
      return value
    }
    throw new Error(`pagefind file: unsupported CBOR length ${info}`)
  }
  item(): Cbor {
    if (this.at >= this.bytes.length) throw new Error('pagefind file: truncated CBOR')
    const head = this.bytes[this.at++]
    const major = head >> 5
    const info = head & 31
    switch (major) {
      case 0:
        return this.length(info)
      case 1:
        return -1 - this.length(info)
      case 2: {
        const size = this.length(info)
        const value = this.bytes.subarray(this.at, this.at + size)
        this.at += size
        return value
      }
      case 3: {
        const size = this.length(info)
        const value = utf8.decode(this.bytes.subarray(this.at, this.at + size))
        this.at += size
        return value
      }
      case 4: {
        const size = this.length(info)
        const list: Cbor[] = []
        for (let i = 0; i < size; i++) list.push(this.item())
        return list
      }
      case 5: {
        const size = this.length(info)
        const map = new Map<Cbor, Cbor>()
        for (let i = 0; i < size; i++) map.set(this.item(), this.item())
        return map
      }
      default:
        if (info === 20) return false
        if (info === 21) return true
        if (info === 22) return null
        if (info === 23) return undefined
        throw new Error(`pagefind file: unsupported CBOR item ${head}`)
    }
  }
}

export function decodeCbor(bytes: Uint8Array): Cbor {
  const reader = new Reader(bytes)
  const value = reader.item()
  if (reader.at !== bytes.length) throw new Error('pagefind file: bytes after the CBOR item')
  return value
}

class Writer {
  bytes = new Uint8Array(1 << 16)
  size = 0
  room(extra: number): void {
    if (this.size + extra <= this.bytes.length) return
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.size + extra))
    grown.set(this.bytes.subarray(0, this.size))
    this.bytes = grown
  }
  byte(value: number): void {
    this.room(1)
    this.bytes[this.size++] = value
  }
  head(major: number, value: number): void {
    const m = major << 5
    this.room(9)
    const b = this.bytes
    if (value < 24) b[this.size++] = m | value
    else if (value < 0x100) {
      b[this.size++] = m | 24
      b[this.size++] = value
    } else if (value < 0x10000) {
      b[this.size++] = m | 25
      b[this.size++] = value >> 8
      b[this.size++] = value & 0xff
    } else if (value < 0x100000000) {
      b[this.size++] = m | 26
      b[this.size++] = value >>> 24
      b[this.size++] = (value >> 16) & 0xff
      b[this.size++] = (value >> 8) & 0xff
      b[this.size++] = value & 0xff
    } else {
      b[this.size++] = m | 27
      let rest = value
      for (let i = 7; i >= 0; i--) {
        b[this.size + i] = rest % 256
        rest = Math.floor(rest / 256)
      }
      this.size += 8
    }
  }
  item(value: Cbor): void {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) throw new Error('pagefind file: only integers are written')
      if (value >= 0) this.head(0, value)
      else this.head(1, -1 - value)
    } else if (typeof value === 'string') {
      const bytes = encoder.encode(value)
      this.head(3, bytes.length)
      this.room(bytes.length)
      this.bytes.set(bytes, this.size)
      this.size += bytes.length
    } else if (value instanceof Uint8Array) {
      this.head(2, value.length)
      this.room(value.length)
      this.bytes.set(value, this.size)
      this.size += value.length
    } else if (Array.isArray(value)) {
      this.head(4, value.length)
      for (const item of value) this.item(item)
    } else if (value instanceof Map) {
      this.head(5, value.size)
      for (const [key, item] of value) {
        this.item(key)
        this.item(item)
      }
    } else if (value === false) this.byte(0xf4)
    else if (value === true) this.byte(0xf5)
    else if (value === null) this.byte(0xf6)
    else this.byte(0xf7)
  }
}

export function encodeCbor(value: Cbor): Uint8Array {
  const writer = new Writer()
  writer.item(value)
  return writer.bytes.slice(0, writer.size)
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
