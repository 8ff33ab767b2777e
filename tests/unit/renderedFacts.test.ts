/** What the kept renderer notes of each file it renders for a publish (publisher/astro/renderedFacts.ts), on real files. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { updatePublicMedia } from '../../publisher/astro/publicMedia.ts'
import { placeRendered, renderedFacts } from '../../publisher/astro/renderedFacts.ts'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rendered-facts-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
const live = path.join(root, 'live')
const out = path.join(root, 'out')
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(live, rel)), { recursive: true })
  fs.writeFileSync(path.join(live, rel), text)
}

describe('rendered files of a targeted publish', () => {
  it('should link a file with the live bytes, write and note one that differs or is new, with its media links', () => {
    write('a/index.html', '<p>same <img src="/media/a.jpg"></p>')
    write('b/index.html', '<p>old</p>')
    const facts = renderedFacts(undefined)
    const same = placeRendered(facts, live, out, 'a/index.html', Buffer.from('<p>same <img src="/media/a.jpg"></p>'))
    const changed = placeRendered(facts, live, out, 'b/index.html', Buffer.from('<p>new <img src="/media/b.jpg"></p>'))
    const fresh = placeRendered(facts, live, out, 'c/rss.xml', Buffer.from('<rss><enclosure url="/media/c.pdf"/></rss>'))
    // The same bytes: the live file itself (one inode), not noted; the live bytes handed back (the early search reads no file).
    expect(fs.statSync(path.join(out, 'a/index.html')).ino).toBe(fs.statSync(path.join(live, 'a/index.html')).ino)
    expect(same?.toString('utf8')).toBe('<p>same <img src="/media/a.jpg"></p>')
    // Different or new: its own file with the rendered bytes, noted with its links.
    expect(fs.statSync(path.join(out, 'b/index.html')).ino).not.toBe(fs.statSync(path.join(live, 'b/index.html')).ino)
    expect(fs.readFileSync(path.join(out, 'b/index.html'), 'utf8')).toBe('<p>new <img src="/media/b.jpg"></p>')
    expect(fs.readFileSync(path.join(live, 'b/index.html'), 'utf8')).toBe('<p>old</p>')
    expect(changed?.toString('utf8')).toBe('<p>old</p>')
    expect(fresh).toBeNull()
    expect([...facts.differs].sort()).toEqual(['b/index.html', 'c/rss.xml'])
    expect(Object.fromEntries(facts.links)).toEqual({
      'b/index.html': { local: ['b.jpg'], atBase: [] },
      'c/rss.xml': { local: ['c.pdf'], atBase: [] },
    })
  })

  it('should not read a live file it need not hand back when its size differs, and compare it otherwise', () => {
    write('list/index.html', '<p>list, old name</p>')
    write('same/index.html', '<p>unchanged list</p>')
    write('sized/index.html', '<p>aaa</p>')
    const facts = renderedFacts(undefined)
    // Another size: differs, written and noted, the live file not read (undefined: not handed back).
    const longer = placeRendered(facts, live, out, 'list/index.html', Buffer.from('<p>list, the new name</p>'), undefined, false)
    expect(longer).toBeUndefined()
    expect(fs.readFileSync(path.join(out, 'list/index.html'), 'utf8')).toBe('<p>list, the new name</p>')
    // The same size: read and compared (the same bytes are linked; other bytes of that size written).
    const same = placeRendered(facts, live, out, 'same/index.html', Buffer.from('<p>unchanged list</p>'), undefined, false)
    expect(same?.toString('utf8')).toBe('<p>unchanged list</p>')
    expect(fs.statSync(path.join(out, 'same/index.html')).ino).toBe(fs.statSync(path.join(live, 'same/index.html')).ino)
    const sized = placeRendered(facts, live, out, 'sized/index.html', Buffer.from('<p>bbb</p>'), undefined, false)
    expect(sized?.toString('utf8')).toBe('<p>aaa</p>')
    expect(fs.readFileSync(path.join(out, 'sized/index.html'), 'utf8')).toBe('<p>bbb</p>')
    // No live file: null, as when it is wanted.
    expect(placeRendered(facts, live, out, 'new/index.html', Buffer.from('<p>new</p>'), undefined, false)).toBeNull()
    expect([...facts.differs].sort()).toEqual(['list/index.html', 'new/index.html', 'sized/index.html'])
  })

  it('should take links at the bucket base apart when the uploads are in a bucket', () => {
    const facts = renderedFacts('https://cdn.example.cn/public')
    placeRendered(
      facts,
      live,
      out,
      'd/index.html',
      Buffer.from('<img src="https://cdn.example.cn/public/d.jpg"><a href="/media/e.pdf">e</a>'),
    )
    expect(facts.links.get('d/index.html')).toEqual({ local: ['e.pdf'], atBase: ['d.jpg'] })
  })
})

describe('the media index of a targeted publish with what the kept renderer noted', () => {
  it('should take the noted links of rendered files, read the others, and place exactly the uploads linked', async () => {
    const dir = path.join(root, 'site')
    const rendered = path.join(root, 'rendered')
    const uploads = path.join(root, 'uploads')
    for (const folder of [path.join(dir, '.build'), path.join(dir, 'media'), path.join(dir, 'a'), path.join(dir, 'b'), rendered, uploads])
      fs.mkdirSync(folder, { recursive: true })
    for (const name of ['old.jpg', 'noted.jpg', 'read.jpg']) fs.writeFileSync(path.join(uploads, name), name)
    fs.writeFileSync(path.join(dir, 'media', 'old.jpg'), 'old.jpg')
    fs.writeFileSync(path.join(dir, '.build', 'media.json'), JSON.stringify({ 'a/index.html': { local: ['old.jpg'], atBase: [] } }))
    // On disk a/ links old.jpg still: its noted links (as rendered) win, so the file is not read again.
    fs.writeFileSync(path.join(dir, 'a', 'index.html'), '<img src="/media/old.jpg">')
    fs.writeFileSync(path.join(dir, 'b', 'index.html'), '<img src="/media/read.jpg">')
    const known = new Map([['a/index.html', { local: ['noted.jpg'], atBase: [] }]])
    const media = { storage: { kind: 'local' as const }, mediaDir: uploads }
    const done = await updatePublicMedia(dir, rendered, ['a/index.html', 'b/index.html'], [], media, known)
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.build', 'media.json'), 'utf8'))).toEqual({
      'a/index.html': { local: ['noted.jpg'], atBase: [] },
      'b/index.html': { local: ['read.jpg'], atBase: [] },
    })
    expect(fs.readdirSync(path.join(dir, 'media')).sort()).toEqual(['noted.jpg', 'read.jpg'])
    expect(done).toEqual({ linked: 2, added: 2, removed: 1 })
  })
})
