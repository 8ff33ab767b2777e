/**
 * The partners' embeds (/embed/…): small pages a newsroom frames on its own site (only origins listed
 * in 网站设置 → 嵌入来源 may: cms/http/rules/securityHeaders.ts). Pure: each page's props are only
 * what it shows, so an embed is rendered again exactly when that changes (publisher/rules/affectedPages.ts).
 */
import type { ExposureEntry, UnitEntry } from './entries.ts'
import { type Item, sortForBoard, unitPath } from './exposures.ts'
import { exposuresUnder } from './unitRollup.ts'
import { paths } from './urls.ts'

/** How many items an exposure board embed lists (the newest and most urgent first); the full page has the rest. */
export const EMBED_BOARD_ITEMS = 10
/** Units with an exposure board embed even when nothing is exposed under them (an empty board). */
const BOARD_KINDS = new Set(['district', 'street', 'department'])

export const embedPaths = {
  rankingLatest: '/embed/rankings/latest/',
  ranking: (slug: string) => `/embed/rankings/${slug}/`,
  unitBoard: (slug: string) => `/embed/exposures/unit/${slug}/`,
  snippets: '/partners/embed/',
} as const

export type BoardRow = { slug: string; title: string; unit: string; status: string; overdue: boolean; deadline: string; foundAt: string }
export type Board = {
  unit: { slug: string; name: string }
  fullPath: string
  total: number
  overdue: number
  rectified: number
  rows: BoardRow[]
}

const rowOf = ({ id, data }: Item<ExposureEntry>): BoardRow => ({
  slug: id,
  title: data.title,
  unit: data.unit.name,
  status: data.status.label,
  overdue: data.overdue,
  deadline: data.deadline,
  foundAt: data.foundAt,
})

/** One board per district, street and department, and per other unit with items under it (not the city). */
export function unitBoards(units: readonly Item<UnitEntry>[], items: readonly Item<ExposureEntry>[]): Board[] {
  return units
    .filter((unit) => unit.data.kind.value !== 'city')
    .map((unit) => {
      const under = sortForBoard(exposuresUnder(unit.id, units, items))
      return {
        unit: { slug: unit.id, name: unit.data.name },
        fullPath: under.length > 0 ? unitPath(unit.id) : paths.unit(unit.id),
        total: under.length,
        overdue: under.filter((item) => item.data.overdue).length,
        rectified: under.filter((item) => item.data.status.value === 'rectified').length,
        rows: under.slice(0, EMBED_BOARD_ITEMS).map(rowOf),
      }
    })
    .filter((board) => board.total > 0 || BOARD_KINDS.has(units.find((unit) => unit.id === board.unit.slug)?.data.kind.value ?? ''))
}

/** The `<iframe>` a partner copies (the page's own address; height a starting point, the frame scrolls). */
export function iframeSnippet(src: string, title: string, height: number): string {
  const esc = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${height}" loading="lazy" style="border:0" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
}
