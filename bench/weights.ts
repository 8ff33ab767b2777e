/** 5. Page weight (HTML + referenced CSS + JS, images excluded) of one built page of each type. */
import fs from 'node:fs'
import path from 'node:path'
import type { Paths } from '../cms/config/paths.ts'
import { sectionTypes } from '../cms/domain/contentTypes/index.ts'
import { liveTarget } from '../publisher/siteBuild.ts'
import { type PageWeight, pageWeight } from '../tests/helpers/pageWeight.ts'

export type WeightRow = PageWeight & { type: string; file: string }
export const PAGE_LIMIT = 60 * 1024

/** Sub-folders of a section that are lists, filters or pages, not documents (the content-type table's filter routes). */
const NOT_DETAIL = new Set(['page', ...sectionTypes.flatMap((type) => type.site.filterRoutes)])

const exists = (root: string, file: string) => fs.existsSync(path.join(root, file))

function firstDetail(root: string, section: string): string | undefined {
  const dir = path.join(root, section)
  if (!fs.existsSync(dir)) return undefined
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_DETAIL.has(entry.name) && !/^\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
  const name = names.find((candidate) => exists(root, `${section}/${candidate}/index.html`))
  return name ? `${section}/${name}/index.html` : undefined
}

export function benchWeights(paths: Paths): WeightRow[] {
  const root = liveTarget(paths)
  if (!root) throw new Error('no live site to weigh')
  const types: [string, string | undefined][] = [
    ['home', 'index.html'],
    // Each section of the content-type table, in navigation order: its list, and a detail page where it has them.
    ...sectionTypes.flatMap(({ site: { route, detailPages } }): [string, string | undefined][] =>
      detailPages
        ? [
            [`${route} list`, `${route}/index.html`],
            [`${route} detail`, firstDetail(root, route)],
          ]
        : [[route, `${route}/index.html`]],
    ),
    ['unit', firstDetail(root, 'units')],
    ['search', 'search/index.html'],
    ['404', '404.html'],
  ]
  return types
    .filter((entry): entry is [string, string] => entry[1] !== undefined && exists(root, entry[1]))
    .map(([type, file]) => ({ type, file, ...pageWeight(root, file) }))
}

/** The largest HTML file anywhere in the site, weighed the same way (CSS is inlined, so it is the heaviest page). */
export function heaviestPage(paths: Paths): WeightRow | undefined {
  const root = liveTarget(paths)
  if (!root) return undefined
  let best: { file: string; size: number } | undefined
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.relative(root, path.join(entry.parentPath, entry.name))
    const size = fs.statSync(path.join(root, file)).size
    if (!best || size > best.size) best = { file, size }
  }
  return best ? { type: 'heaviest HTML file', file: best.file, ...pageWeight(root, best.file) } : undefined
}
