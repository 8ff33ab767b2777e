/**
 * publisher/buildWorker.ts gives each build its own working directory because Astro puts the
 * bundle it prerenders with under `<cwd>/.astro/.prerender/` when the output folder lies outside
 * the working directory. If an Astro upgrade changes that rule, this fails: revisit buildWorker.ts.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { getPrerenderOutputDirectory } from '../../node_modules/astro/dist/prerender/utils.js'

/** Only the settings the function reads (Astro's internal module; this test pins its behaviour). */
const settings = (outDir: string) =>
  ({ buildOutput: 'static', adapter: undefined, config: { outDir: pathToFileURL(`${outDir}/`) } }) as unknown as Parameters<
    typeof getPrerenderOutputDirectory
  >[0]

describe('Astro prerender folder', () => {
  it('should sit under the working directory when the output folder is outside it', () => {
    const outDir = path.join(path.parse(process.cwd()).root, 'elsewhere', 'staging')
    const dir = getPrerenderOutputDirectory(settings(outDir))
    expect(dir.href).toBe(pathToFileURL(`${process.cwd()}/.astro/.prerender/`).href)
  })

  it('should sit inside the output folder when that is under the working directory', () => {
    const outDir = path.join(process.cwd(), 'dist', 'staging')
    const dir = getPrerenderOutputDirectory(settings(outDir))
    expect(dir.href).toBe(pathToFileURL(`${outDir}/.prerender/`).href)
  })
})
