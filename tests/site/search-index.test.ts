/**
 * The seeded site's own Pagefind index (every shard and layer the build wrote) read and written back by
 * publisher/rules/pagefindFiles.ts, the reader a cut in place uses (pagefindCut.mjs): every data file,
 * decompressed, must come back byte for byte — else a cut would write files Pagefind did not, and the
 * words and pages it did not mean to change could read differently.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { fragmentUrlOf, PAGEFIND_MAGIC, readMeta, unwrap, wrap } from '../../publisher/rules/pagefindFiles.ts'
import { siteDir } from './site.ts'

/** Every file under the site's pagefind/ folder, relative to it. */
const files = () => fs.readdirSync(path.join(siteDir(), 'pagefind'), { recursive: true, encoding: 'utf8' })
const data = (name: string) => zlib.gunzipSync(fs.readFileSync(path.join(siteDir(), 'pagefind', name)))

describe("the site's search index read and written back", () => {
  it('should give back every meta, word chunk and filter file of every index byte for byte', () => {
    const cbor = files().filter((name) => /\.pf_(meta|index|filter)$/.test(name))
    // Shard 0 and the others: a meta each, and their word chunks.
    const metas = cbor.filter((name) => name.endsWith('.pf_meta'))
    expect(metas.length).toBeGreaterThan(0)
    expect(cbor.length).toBeGreaterThan(metas.length)
    let bytes = 0
    for (const name of cbor) {
      const raw = data(name)
      bytes += raw.length
      expect(Buffer.from(wrap(unwrap(raw))).equals(raw), name).toBe(true)
    }
    expect(bytes).toBeGreaterThan(10_000)
    // Every chunk a meta names is there, and every page of it has a fragment that names its URL.
    for (const name of metas) {
      const meta = readMeta(data(name))
      const folder = path.dirname(name) === '.' ? '' : `${path.dirname(name)}/`
      for (const chunk of meta.chunks)
        expect(fs.existsSync(path.join(siteDir(), 'pagefind', `${folder}index/${chunk.hash}.pf_index`))).toBe(true)
      for (const page of meta.pages) {
        const fragment = data(`${folder}fragment/${page}.pf_fragment`)
        expect(Buffer.from(fragment.subarray(0, PAGEFIND_MAGIC.length)).toString()).toBe(PAGEFIND_MAGIC)
        expect(fragmentUrlOf(fragment)).toMatch(/^\/.+\/$/)
      }
    }
  })
})
