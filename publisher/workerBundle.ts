/**
 * The build process's code (publisher/buildWorker.ts and everything of ours it imports) bundled into
 * one plain ES module, once per source hash, into node_modules/.cache/build-worker/, so the build
 * process runs on Node alone (issue 26). Started through tsx's loader, every module the process loads
 * — Astro, Vite, Payload and the packages the page bundle imports, thousands of them — went through
 * tsx's resolve and load hooks: about 7 s of CPU of a 10,000-item full build. Packages stay external
 * (Node loads them as before); so does publisher/astro/internals.mjs, which the page bundle Astro
 * builds imports by its own URL and must find as the same module instance (internals.mjs 3.).
 * When bundling fails the caller falls back to tsx (the build still runs, only slower).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin } from 'esbuild'
import { siteSourceHash } from './sourceHash.ts'

/** Where bundles are kept (one file per source hash). */
export const bundleDir = (root: string): string => path.join(root, 'node_modules', '.cache', 'build-worker')

/** Bundles older than this (made from other code) are removed when a new one is written. */
const STALE_MS = 24 * 60 * 60 * 1000

/** Keeps internals.mjs out of the bundle, imported by its absolute URL (one instance with the page bundle's import). */
const internalsExternal = (root: string): Plugin => {
  const internals = path.join(root, 'publisher', 'astro', 'internals.mjs')
  return {
    name: 'campaign:internals-external',
    setup(bundle) {
      bundle.onResolve({ filter: /internals\.mjs$/ }, (args) => {
        const resolved = path.resolve(args.resolveDir, args.path)
        return resolved === internals ? { path: pathToFileURL(internals).href, external: true } : undefined
      })
    },
  }
}

/** Bundle publisher/buildWorker.ts of the project at `root` into `file` (written whole, then renamed into place). */
async function bundle(root: string, file: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`
  await build({
    entryPoints: [path.join(root, 'publisher', 'buildWorker.ts')],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    plugins: [internalsExternal(root)],
    logLevel: 'silent',
    legalComments: 'none',
  })
  fs.renameSync(temp, file)
}

function removeStale(dir: string, keep: string): void {
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name)
    const stat = fs.statSync(full, { throwIfNoEntry: false })
    if (full !== keep && stat && Date.now() - stat.mtimeMs > STALE_MS) fs.rmSync(full, { force: true })
  }
}

/**
 * A bundle's file name: the source hash and the project folder. The bundle imports internals.mjs by
 * its absolute URL, so a bundle made in another folder (a moved project, a copied node_modules/.cache)
 * would load that folder's internals.mjs — and with it that folder's Astro, whose incremental cache
 * touch point (internals.mjs 7.) then patches a class this build's Astro does not use. Pure.
 */
export const bundleName = (sourceHash: string, root: string): string =>
  `buildWorker-${createHash('sha1').update(sourceHash).update('\0').update(path.resolve(root)).digest('hex').slice(0, 20)}.mjs`

/**
 * The bundled build process entry for the project's code as it is now: made when missing (about a
 * second), else the one made earlier from the same sources. Rejects when esbuild fails.
 */
export async function workerBundle(root: string): Promise<string> {
  const dir = bundleDir(root)
  const file = path.join(dir, bundleName(siteSourceHash(root), root))
  if (fs.existsSync(file)) return file
  fs.mkdirSync(dir, { recursive: true })
  await bundle(root, file)
  removeStale(dir, file)
  return file
}
