/**
 * Old builds brought up to the live one from the builds' lists of changes (publisher/treeJournal.ts,
 * treeJournalSync.ts): the result is exactly a fresh hard-link copy of the live build, also after a
 * failed build, and a broken chain falls back to listing both trees.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { changesSince, finishRecording, readJournal, recordFullBuild, startRecording } from '../../publisher/treeJournal.ts'
import { syncTree } from '../../publisher/treeSync.ts'
import { fileTree } from '../helpers/fileTree.ts'

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-treejournal-'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const at = (name: string) => path.join(root, name)
const write = (dir: string, rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
  fs.writeFileSync(path.join(dir, rel), text)
}
/** A build's way of changing a file: a new file renamed over the link. */
const replace = (dir: string, rel: string, text: string) => {
  write(dir, `${rel}.new`, text)
  fs.renameSync(path.join(dir, `${rel}.new`), path.join(dir, rel))
}
/** A search index put in place whole: a fresh folder renamed over the old one. */
const replaceFolder = (dir: string, rel: string, files: Record<string, string>) => {
  const fresh = path.join(dir, `.fresh-${path.basename(rel)}`)
  for (const [name, text] of Object.entries(files)) write(fresh, name, text)
  fs.rmSync(path.join(dir, rel), { recursive: true, force: true })
  fs.renameSync(fresh, path.join(dir, rel))
}
const tree = (dir: string) => fileTree(dir)

/** A full build of many pages, a search index (pagefind/ itself is shard 0, beside shard folders), media and meta. */
function fullBuild(dir: string) {
  for (let i = 0; i < 60; i++) write(dir, `bulletins/b-${i}/index.html`, `bulletin ${i}`)
  write(dir, 'news/n-1/index.html', 'news 1')
  write(dir, 'index.html', 'home 0')
  write(dir, 'sitemap.xml', 'map 0')
  write(dir, 'pagefind/fragment/f1.pf', 'f1')
  write(dir, 'pagefind/pagefind-entry.json', 'entry 0')
  write(dir, 'pagefind/shard-1/fragment/f2.pf', 'f2')
  write(dir, 'pagefind/shard-2/fragment/f3.pf', 'f3')
  write(dir, 'media/a.jpg', 'a')
  write(dir, 'media/b.jpg', 'b')
  write(dir, '.build/info.json', 'info 0')
  const pages = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`/bulletins/b-${i}/`, `k${i}`]))
  write(dir, '.build/pages.json', JSON.stringify({ '/bulletins/[slug]/': pages }))
  fs.symlinkSync('bulletins', path.join(dir, 'alias'))
  recordFullBuild(dir)
}

/** A targeted build made from `base` the way the site builder makes one; `finish: false` = it failed half-way. */
function targeted(base: string, name: string, n: number, finish = true): string {
  const dir = at(name)
  execFileSync('cp', ['-al', base, dir])
  const recording = startRecording(dir, base)
  const paths: string[] = []
  const edit = (rel: string, text: string) => {
    replace(dir, rel, text)
    paths.push(rel)
  }
  edit('index.html', `home ${n}`)
  edit(`bulletins/b-${n}/index.html`, `bulletin ${n}, edited`)
  edit(`bulletins/new-${n}/index.html`, `new ${n}`)
  edit('sitemap.xml', `map ${n}`)
  if (!finish) return dir
  // A page removed with its folder; a whole section gone in build 2.
  fs.rmSync(path.join(dir, `bulletins/b-${n + 20}`), { recursive: true })
  paths.push(`bulletins/b-${n + 20}/index.html`)
  if (n === 2) {
    fs.rmSync(path.join(dir, 'news'), { recursive: true })
    paths.push('news/n-1/index.html')
  }
  replaceFolder(dir, `pagefind/shard-${n}`, { [`fragment/g${n}.pf`]: `g${n}` })
  replaceFolder(dir, 'pagefind/fragment', { 'f1.pf': `f1 v${n}` })
  replace(dir, 'pagefind/pagefind-entry.json', `entry ${n}`)
  fs.rmSync(path.join(dir, 'media/a.jpg'), { force: true })
  write(dir, `media/new-${n}.jpg`, `m${n}`)
  replace(dir, '.build/info.json', `info ${n}`)
  finishRecording(recording, paths)
  return dir
}

describe('builds brought up to date from their lists of changes', () => {
  it('an old build synced through two targeted builds equals a fresh copy of the live one', async () => {
    const zero = at('b0')
    fullBuild(zero)
    const one = targeted(zero, 'b1', 1)
    const two = targeted(one, 'b2', 2)
    const old = at('claimed')
    execFileSync('cp', ['-al', zero, old])
    const live = tree(two)
    const stats = await syncTree(two, old)
    expect(stats.mode).toBe('journal')
    expect(tree(old)).toEqual(live)
    expect(tree(two)).toEqual(live)
    expect(readJournal(old)?.id).toBe(readJournal(two)?.id)
    // Only the changes were looked at, not the 60 bulletins.
    expect(stats.entries).toBeLessThan(40)
  })

  it('a build that failed half-way is brought up by listing both trees, to exactly the live one', async () => {
    const zero = at('b0')
    fullBuild(zero)
    const one = targeted(zero, 'b1', 1)
    const failed = targeted(one, 'failed', 2, false)
    expect(readJournal(failed)?.paths).toBeNull()
    const stats = await syncTree(one, failed)
    expect(stats.mode).toBe('listing')
    expect(tree(failed)).toEqual(tree(one))
  })

  it('a failed build beside the chain changes nothing: the next sync still uses the lists', async () => {
    const zero = at('b0')
    fullBuild(zero)
    const one = targeted(zero, 'b1', 1)
    targeted(one, 'failed', 5, false)
    const two = targeted(one, 'b2', 2)
    const old = at('claimed')
    execFileSync('cp', ['-al', one, old])
    const stats = await syncTree(two, old)
    expect(stats.mode).toBe('journal')
    expect(tree(old)).toEqual(tree(two))
  })

  it('a broken chain (a build folder removed, or a full build without a list) falls back to listing', async () => {
    const zero = at('b0')
    fullBuild(zero)
    const one = targeted(zero, 'b1', 1)
    const two = targeted(one, 'b2', 2)
    const old = at('claimed')
    execFileSync('cp', ['-al', zero, old])
    fs.rmSync(one, { recursive: true })
    expect(changesSince(two, readJournal(old)?.id as string)).toBeNull()
    const stats = await syncTree(two, old)
    expect(stats.mode).toBe('listing')
    expect(tree(old)).toEqual(tree(two))
  })

  it('a list that missed a page is caught by the sampled check, and both trees are listed after all', async () => {
    const zero = at('b0')
    fullBuild(zero)
    const one = targeted(zero, 'b1', 1)
    // A page changed behind the list's back (every page is in the sample at this size).
    replace(one, 'bulletins/b-40/index.html', 'changed without a record')
    const old = at('claimed')
    execFileSync('cp', ['-al', zero, old])
    const stats = await syncTree(one, old)
    expect(stats.mode).toBe('listing')
    expect(tree(old)).toEqual(tree(one))
  })

  it('a folder without a list at all is brought up by listing', async () => {
    const zero = at('b0')
    fullBuild(zero)
    const one = targeted(zero, 'b1', 1)
    const bare = at('bare')
    write(bare, 'stale/index.html', 'stale')
    const stats = await syncTree(one, bare)
    expect(stats.mode).toBe('listing')
    expect(tree(bare)).toEqual(tree(one))
  })
})
