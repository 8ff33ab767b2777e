import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { siteSourceHash } from '../../publisher/sourceHash.ts'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-hash-'))
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
  fs.writeFileSync(path.join(root, rel), text)
}
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('siteSourceHash (remembered while no file changes)', () => {
  it('should give the same hash while nothing changes and a new one for an edit, a new file or a removed one', () => {
    write('site/a.ts', 'one')
    write('publisher/b.ts', 'two')
    const first = siteSourceHash(root)
    expect(siteSourceHash(root)).toBe(first)
    // Same size, new bytes.
    write('site/a.ts', 'uno')
    const edited = siteSourceHash(root)
    expect(edited).not.toBe(first)
    write('cms/c.ts', 'three')
    const added = siteSourceHash(root)
    expect(added).not.toBe(edited)
    fs.rmSync(path.join(root, 'cms/c.ts'))
    expect(siteSourceHash(root)).toBe(edited)
    write('package-lock.json', '{}')
    expect(siteSourceHash(root)).not.toBe(edited)
  })
})
