/**
 * The dependency direction README "Layout" draws, checked on every import of the tree:
 *   cms/domain → (nothing of ours but cms/domain and cms/http/rules: both pure)
 *   cms        → cms (publisher only through cms/publishPort.ts, which imports none of it)
 *   site       → site, cms/domain, generated types, cms/config (settings); all else of cms only from site/loaders/
 *   publisher  → cms, site, publisher
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const SKIP = new Set(['node_modules', '.next', '.astro', 'migrations'])
const SOURCE = /\.(ts|tsx|mts|mjs|astro)$/

function listSources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return []
    const rel = `${dir}/${entry.name}`
    return entry.isDirectory() ? listSources(rel) : SOURCE.test(entry.name) ? [rel] : []
  })
}

/** Every relative module a file imports (static, dynamic and `new URL(…, import.meta.url)`), as repo paths. */
function importsOf(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+|new URL\(\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)].map((m) => m[2] as string)
  return specs.map((spec) => path.relative(root, path.resolve(root, path.dirname(file), spec)))
}

const layerOf = (file: string): string => file.split('/')[0] as string
const files = ['cms', 'site', 'publisher'].flatMap(listSources)
const edges = files.flatMap((file) => importsOf(file, fs.readFileSync(path.join(root, file), 'utf8')).map((target) => ({ file, target })))

const allowed: Record<string, (file: string, target: string) => boolean> = {
  cms: (file, target) =>
    file.startsWith('cms/domain/')
      ? target.startsWith('cms/domain/') || target.startsWith('cms/http/rules/')
      : !target.startsWith('site/') && !target.startsWith('publisher/'),
  site: (file, target) =>
    !target.startsWith('publisher/') &&
    (!target.startsWith('cms/') ||
      file.startsWith('site/loaders/') ||
      target.startsWith('cms/domain/') ||
      target.startsWith('cms/config/') ||
      target === 'cms/payload-types.ts'),
  publisher: () => true,
}

describe('layers', () => {
  it('should find the imports of a file, relative to it, as repo paths', () => {
    const text =
      "import a from './a.ts'\nimport type { B } from '../b/b.ts'\nconst c = await import('../../c.mjs')\nnew URL('./w.ts', import.meta.url)"
    expect(importsOf('site/lib/x.ts', text)).toEqual(['site/lib/a.ts', 'site/b/b.ts', 'c.mjs', 'site/lib/w.ts'])
  })

  it('should see every part of the tree (a scan that finds nothing proves nothing)', () => {
    const counts = Object.fromEntries(
      ['cms', 'site', 'publisher'].map((layer) => [layer, edges.filter((e) => layerOf(e.file) === layer).length]),
    )
    expect(counts.cms).toBeGreaterThan(300)
    expect(counts.site).toBeGreaterThan(100)
    expect(counts.publisher).toBeGreaterThan(50)
  })

  it.each(['cms', 'site', 'publisher'])('should keep every import of %s/ in the direction README draws', (layer) => {
    const wrong = edges
      .filter((e) => layerOf(e.file) === layer && !allowed[layer]?.(e.file, e.target))
      .map((e) => `${e.file} → ${e.target}`)
    expect(wrong).toEqual([])
  })
})
