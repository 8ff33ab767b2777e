/**
 * Contract test of touch point 8 of publisher/astro/internals.mjs (how Astro writes each page): the
 * installed Astro still writes pages through `nodeFs.promises.mkdir` + `nodeFs.promises.writeFile`
 * looked up at call time, and syncPageWrites() answers exactly those calls inside the output folder
 * synchronously, with the same files and errors, leaving every other call to Node.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { syncPageWrites } from '../../publisher/astro/internals.mjs'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'astro-page-writes-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))
const asyncMkdir = fs.promises.mkdir
const asyncWriteFile = fs.promises.writeFile
const asyncCopyFile = fs.promises.copyFile

describe('8. page writes (core/build/generate.js)', () => {
  it('should still be how the installed Astro writes a rendered page', () => {
    const generate = fs.readFileSync(path.join(import.meta.dirname, '../../node_modules/astro/dist/core/build/generate.js'), 'utf8')
    expect(generate).toContain('import nodeFs from "node:fs"')
    expect(generate).toContain('await nodeFs.promises.mkdir(result.outFolder, { recursive: true });')
    expect(generate).toContain('await nodeFs.promises.writeFile(result.outFile, result.body);')
    // A page its incremental build reuses: a mkdir through the cache's #ensureDir, then a copyFile (both looked up at call time).
    const incremental = fs.readFileSync(path.join(import.meta.dirname, '../../node_modules/astro/dist/core/build/incremental.js'), 'utf8')
    expect(incremental).toContain('import fs from "node:fs";')
    expect(incremental).toContain(
      'await this.#ensureDir(new URL("./", destination));\n    await fs.promises.copyFile(cachedOutputFile, destination);',
    )
    expect(incremental).toContain('await fs.promises.mkdir(dir, { recursive: true });')
  })

  it('should write pages inside the output folder synchronously, the same bytes, as URLs or paths', async () => {
    const out = path.join(scratch, 'out')
    const restore = syncPageWrites(out)
    try {
      const folder = new URL('news/a/', pathToFileURL(`${out}/`))
      const mkdir = fs.promises.mkdir(folder, { recursive: true })
      // Done before the promise is awaited: synchronous.
      expect(fs.existsSync(folder)).toBe(true)
      await mkdir
      const write = fs.promises.writeFile(new URL('index.html', folder), Buffer.from('<p>一</p>'))
      expect(fs.readFileSync(new URL('index.html', folder), 'utf8')).toBe('<p>一</p>')
      await write
      await fs.promises.mkdir(path.join(out, 'b'), { recursive: true })
      await fs.promises.writeFile(path.join(out, 'b', 'index.html'), '二')
      expect(fs.readFileSync(path.join(out, 'b', 'index.html'), 'utf8')).toBe('二')
    } finally {
      restore()
    }
    expect(fs.promises.mkdir).toBe(asyncMkdir)
    expect(fs.promises.writeFile).toBe(asyncWriteFile)
    expect(fs.promises.copyFile).toBe(asyncCopyFile)
  })

  it('should reject as Node does, and still write paths outside the folder (through Node)', async () => {
    const out = path.join(scratch, 'out2')
    const restore = syncPageWrites(out)
    try {
      await expect(fs.promises.writeFile(path.join(out, 'missing', 'index.html'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })
      const outside = path.join(scratch, 'elsewhere.txt')
      await fs.promises.writeFile(outside, 'x')
      expect(fs.readFileSync(outside, 'utf8')).toBe('x')
      await fs.promises.mkdir(`${out}-sibling`, { recursive: true })
      expect(fs.existsSync(`${out}-sibling`)).toBe(true)
    } finally {
      restore()
    }
  })
})
