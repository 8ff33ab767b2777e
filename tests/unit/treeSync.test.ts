/** An old build brought up to the live one by hard links (publisher/treeSync.ts): exactly the live tree, the live tree untouched. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { syncTree } from '../../publisher/treeSync.ts'
import { fileTree } from '../helpers/fileTree.ts'

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-treesync-'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const write = (dir: string, rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
  fs.writeFileSync(path.join(dir, rel), text)
}
/** A build's way of changing a file: a new file renamed over the link. */
const replace = (dir: string, rel: string, text: string) => {
  write(dir, `${rel}.new`, text)
  fs.renameSync(path.join(dir, `${rel}.new`), path.join(dir, rel))
}
const tree = (dir: string) => fileTree(dir)

/** Build 1, then build 2 made from it the way targeted builds are (hard-link copy, new files renamed over links). */
function twoBuilds() {
  const one = path.join(root, 'one')
  for (let i = 0; i < 50; i++) write(one, `bulletins/b-${i}/index.html`, `bulletin ${i}`)
  write(one, 'index.html', 'home 1')
  write(one, 'pagefind/shard-a/entry.json', 'a1')
  write(one, 'gone/index.html', 'a page that goes')
  write(one, 'becomes-dir', 'a file')
  fs.mkdirSync(path.join(one, 'becomes-file'))
  fs.symlinkSync('bulletins', path.join(one, 'alias'))
  const two = path.join(root, 'two')
  execFileSync('cp', ['-al', one, two])
  replace(two, 'index.html', 'home 2')
  replace(two, 'bulletins/b-7/index.html', 'bulletin 7, edited')
  write(two, 'bulletins/b-new/index.html', 'a new bulletin')
  replace(two, 'pagefind/shard-a/entry.json', 'a2')
  fs.rmSync(path.join(two, 'gone'), { recursive: true })
  fs.rmSync(path.join(two, 'becomes-dir'))
  write(two, 'becomes-dir/index.html', 'now a folder')
  fs.rmdirSync(path.join(two, 'becomes-file'))
  write(two, 'becomes-file', 'now a file')
  fs.rmSync(path.join(two, 'alias'))
  fs.symlinkSync('pagefind', path.join(two, 'alias'))
  return { one, two }
}

describe('syncTree', () => {
  it('makes an old build exactly the live one, linking only what changed', async () => {
    const { one, two } = twoBuilds()
    const liveBefore = tree(two)
    const stats = await syncTree(two, one)
    expect(tree(one)).toEqual(liveBefore)
    expect(tree(two)).toEqual(liveBefore)
    // index.html, b-7, b-new (+ its folder), entry.json, becomes-dir (folder + page), becomes-file, alias.
    expect(stats.linked).toBe(9)
    // The page that went, and the two entries whose kind changed (removed, then placed again).
    expect(stats.removed).toBe(3)
    expect(stats.entries).toBe(Object.keys(liveBefore).length)
  })

  it('changes nothing in either tree when they are already the same', async () => {
    const { two } = twoBuilds()
    const copy = path.join(root, 'copy')
    execFileSync('cp', ['-al', two, copy])
    const stats = await syncTree(two, copy)
    expect(stats.linked + stats.removed).toBe(0)
    expect(tree(copy)).toEqual(tree(two))
  })

  it('fills an empty or missing folder completely', async () => {
    const { two } = twoBuilds()
    const fresh = path.join(root, 'fresh')
    await syncTree(two, fresh)
    expect(tree(fresh)).toEqual(tree(two))
  })

  it('never writes through a link: the old build’s changed files are replaced, the live files keep their bytes', async () => {
    const { one, two } = twoBuilds()
    const liveInode = fs.statSync(path.join(two, 'index.html')).ino
    await syncTree(two, one)
    expect(fs.statSync(path.join(one, 'index.html')).ino).toBe(liveInode)
    expect(fs.readFileSync(path.join(two, 'bulletins/b-7/index.html'), 'utf8')).toBe('bulletin 7, edited')
    expect(fs.readdirSync(one).filter((name) => name.includes('.sync-'))).toEqual([])
  })
})
