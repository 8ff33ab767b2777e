import { paths } from '../../cms/domain/publicPaths.ts'

export { paths }

/** The sections with their own feed, in navigation order. */
export const SECTIONS = [
  { key: 'rankings', label: '测评排名', path: paths.rankings },
  { key: 'exposures', label: '曝光台', path: paths.exposures },
  { key: 'tv', label: '电视问政', path: paths.tv },
  { key: 'bulletins', label: '通报', path: paths.bulletins },
  { key: 'good-people', label: '好人榜', path: paths.goodPeople },
  { key: 'ads', label: '公益广告', path: paths.ads },
  { key: 'knowledge', label: '文明知识', path: paths.knowledge },
] as const

export type SectionKey = (typeof SECTIONS)[number]['key']
export const sectionFeed = (key: SectionKey): string => `/${key}/rss.xml`

/** Page n of a paginated list: the list itself for page 1, then /page/n/. */
export const pagePath = (base: string, page: number): string => (page <= 1 ? base : `${base}page/${page}/`)
