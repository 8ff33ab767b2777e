/**
 * The build process runs from a bundle of our code (publisher/workerBundle.ts), on Node alone:
 * made once per source hash, with packages and publisher/astro/internals.mjs left external (the page
 * bundle Astro builds imports internals.mjs by its own URL: one module instance for both).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { siteSourceHash } from '../../publisher/sourceHash.ts'
import { bundleDir, bundleName, workerBundle } from '../../publisher/workerBundle.ts'

const root = path.join(import.meta.dirname, '..', '..')

describe('the bundled build process', () => {
  it('should bundle our code once per source hash, leaving packages and internals.mjs external', async () => {
    const file = await workerBundle(root)
    expect(path.dirname(file)).toBe(bundleDir(root))
    expect(path.basename(file)).toBe(bundleName(siteSourceHash(root), root))
    expect(await workerBundle(root)).toBe(file)
    const code = fs.readFileSync(file, 'utf8')
    const specifiers = [...code.matchAll(/^import .* from "([^"]+)";?$/gm)].map((match) => match[1] as string)
    expect(specifiers).toContain(pathToFileURL(path.join(root, 'publisher/astro/internals.mjs')).href)
    expect(specifiers).toContain('astro')
    // Nothing of ours is left for a TypeScript loader: no relative or .ts imports.
    expect(specifiers.filter((specifier) => specifier.startsWith('.') || specifier.endsWith('.ts'))).toEqual([])
  })

  it('should name a bundle by its sources and its project folder (a copied cache never loads the internals.mjs of another folder)', () => {
    const hash = siteSourceHash(root)
    expect(bundleName(hash, root)).toBe(bundleName(hash, `${root}/`))
    expect(bundleName(hash, root)).not.toBe(bundleName(hash, '/work/main'))
    expect(bundleName(hash, root)).not.toBe(bundleName(`${hash}x`, root))
    expect(bundleName(hash, root)).toMatch(/^buildWorker-[0-9a-f]{20}\.mjs$/)
  })

  it('should load on Node without tsx', async () => {
    const file = await workerBundle(root)
    // Without an IPC channel the process loads everything, waits for nothing and exits.
    const run = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8', timeout: 120_000 })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  }, 150_000)
})
