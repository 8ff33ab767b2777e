/**
 * A full build's page writes on a thread of their own (publisher/pageWriteThread.ts), reached through
 * touch point 8 of publisher/astro/internals.mjs (syncPageWrites with a writer): the same files as
 * written on the render thread, in order; a failed write fails the flush, naming the file, and nothing
 * after it is written; a backlog beyond MAX_PENDING waits instead of piling up; a lost thread fails the flush.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { syncPageWrites } from '../../publisher/astro/internals.mjs'
import { MAX_PENDING, PageWriteThread } from '../../publisher/pageWriteThread.ts'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'page-write-thread-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

describe('page writes on a thread of their own', () => {
  it('should write what Astro hands over (URLs or paths, bytes or text) once flushed, in order', async () => {
    const out = path.join(scratch, 'out')
    const thread = new PageWriteThread()
    const restore = syncPageWrites(out, () => thread)
    try {
      const folder = new URL('news/a/', pathToFileURL(`${out}/`))
      await fs.promises.mkdir(folder, { recursive: true })
      await fs.promises.writeFile(new URL('index.html', folder), Buffer.from('<p>一</p>'))
      await fs.promises.mkdir(path.join(out, 'b'), { recursive: true })
      await fs.promises.writeFile(path.join(out, 'b', 'index.html'), '二')
      // The same file written twice: the later bytes win (order kept).
      await fs.promises.writeFile(path.join(out, 'b', 'index.html'), '三')
      // A view into a larger buffer: only its own bytes.
      const whole = Buffer.from('xx<p>四</p>yy')
      await fs.promises.writeFile(path.join(out, 'b', 'view.html'), whole.subarray(2, whole.length - 2))
      // A page restored from the incremental cache: its folder made by the writer, then the copy (after it, in order).
      const cached = path.join(scratch, 'cached.html')
      fs.writeFileSync(cached, '<p>五</p>')
      await fs.promises.mkdir(new URL('old/c/', pathToFileURL(`${out}/`)), { recursive: true })
      await fs.promises.copyFile(cached, new URL('old/c/index.html', pathToFileURL(`${out}/`)))
      await thread.flush()
      expect(fs.readFileSync(path.join(out, 'old', 'c', 'index.html'), 'utf8')).toBe('<p>五</p>')
      expect(fs.readFileSync(new URL('index.html', folder), 'utf8')).toBe('<p>一</p>')
      expect(fs.readFileSync(path.join(out, 'b', 'index.html'), 'utf8')).toBe('三')
      expect(fs.readFileSync(path.join(out, 'b', 'view.html'), 'utf8')).toBe('<p>四</p>')
      // Paths outside the folder are Node's own calls, not the thread's.
      const outside = path.join(scratch, 'elsewhere.txt')
      await fs.promises.writeFile(outside, 'x')
      expect(fs.readFileSync(outside, 'utf8')).toBe('x')
      await fs.promises.copyFile(outside, path.join(scratch, 'elsewhere-copy.txt'))
      expect(fs.readFileSync(path.join(scratch, 'elsewhere-copy.txt'), 'utf8')).toBe('x')
    } finally {
      restore()
      await thread.close()
    }
  })

  it('should write on this thread again when the writer says null (after the render)', async () => {
    const out = path.join(scratch, 'switch')
    const thread = new PageWriteThread()
    let threaded = false
    const restore = syncPageWrites(out, () => (threaded ? thread : null))
    try {
      await fs.promises.mkdir(out, { recursive: true })
      const write = fs.promises.writeFile(path.join(out, 'a.html'), 'a')
      // Synchronous: done before the promise is awaited.
      expect(fs.readFileSync(path.join(out, 'a.html'), 'utf8')).toBe('a')
      await write
      threaded = true
      await fs.promises.writeFile(path.join(out, 'b.html'), 'b')
      await thread.flush()
      expect(fs.readFileSync(path.join(out, 'b.html'), 'utf8')).toBe('b')
    } finally {
      restore()
      await thread.close()
    }
  })

  it('should fail the flush with the first failed write, naming the file, and write nothing after it', async () => {
    const out = path.join(scratch, 'fails')
    fs.mkdirSync(out, { recursive: true })
    // A file where a page's folder would go: its page cannot be written.
    fs.writeFileSync(path.join(out, 'taken'), 'not a folder')
    const thread = new PageWriteThread()
    const restore = syncPageWrites(out, () => thread)
    try {
      await fs.promises.writeFile(path.join(out, 'before.html'), 'ok')
      await fs.promises.mkdir(path.join(out, 'taken', 'page'), { recursive: true })
      await fs.promises.writeFile(path.join(out, 'taken', 'page', 'index.html'), 'lost')
      await fs.promises.writeFile(path.join(out, 'after.html'), 'not written')
      const flushed = thread.flush()
      await expect(flushed).rejects.toThrow(path.join(out, 'taken', 'page'))
      await expect(flushed).rejects.toMatchObject({ code: 'ENOTDIR' })
      expect(fs.readFileSync(path.join(out, 'before.html'), 'utf8')).toBe('ok')
      expect(fs.existsSync(path.join(out, 'after.html'))).toBe(false)
      // The next build's writes start clean.
      await fs.promises.writeFile(path.join(out, 'next.html'), 'next')
      await thread.flush()
      expect(fs.readFileSync(path.join(out, 'next.html'), 'utf8')).toBe('next')
    } finally {
      restore()
      await thread.close()
    }
  })

  it(`should take more than ${MAX_PENDING} writes in a row without waiting for the event loop`, async () => {
    const out = path.join(scratch, 'many')
    const thread = new PageWriteThread()
    const restore = syncPageWrites(out, () => thread)
    const count = MAX_PENDING * 4
    try {
      // Handed over without awaiting (as a render that never lets the event loop turn): the backlog waits on the thread.
      const calls: Promise<void>[] = []
      for (let i = 0; i < count; i++) {
        calls.push(fs.promises.mkdir(path.join(out, `p${i}`), { recursive: true }) as Promise<never>)
        calls.push(fs.promises.writeFile(path.join(out, `p${i}`, 'index.html'), `<p>${i}</p>`))
      }
      await Promise.all(calls)
      await thread.flush()
      expect(fs.readdirSync(out)).toHaveLength(count)
      expect(fs.readFileSync(path.join(out, `p${count - 1}`, 'index.html'), 'utf8')).toBe(`<p>${count - 1}</p>`)
    } finally {
      restore()
      await thread.close()
    }
  })

  it('should fail a flush still waiting when the thread stops, and work again after', async () => {
    const thread = new PageWriteThread()
    const out = path.join(scratch, 'lost')
    fs.mkdirSync(out, { recursive: true })
    for (let i = 0; i < 50; i++) thread.write(path.join(out, `b${i}.html`), 'b')
    const flushed = expect(thread.flush()).rejects.toThrow(/page write thread was stopped/)
    await thread.close()
    await flushed
    thread.write(path.join(out, 'again.html'), 'again')
    await thread.flush()
    expect(fs.readFileSync(path.join(out, 'again.html'), 'utf8')).toBe('again')
    await thread.close()
  })
})
