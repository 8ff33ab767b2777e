/** Every public path of the site, shared by the site's links and the CMS's preview links. Pure. */
export const paths = {
  home: '/',
  rankings: '/rankings/',
  ranking: (slug: string) => `/rankings/${slug}/`,
  exposures: '/exposures/',
  exposure: (slug: string) => `/exposures/${slug}/`,
  tv: '/tv/',
  episode: (slug: string) => `/tv/${slug}/`,
  bulletins: '/bulletins/',
  bulletin: (slug: string) => `/bulletins/${slug}/`,
  goodPeople: '/good-people/',
  goodPerson: (slug: string) => `/good-people/${slug}/`,
  /** 异议反馈 on a nominee in 公示: a server-filled form page (cms/domain/formPages.ts). */
  goodPersonObjection: (slug: string) => `/good-people/${slug}/objection/`,
  ads: '/ads/',
  knowledge: '/knowledge/',
  unit: (slug: string) => `/units/${slug}/`,
  search: '/search/',
} as const

/** Where a document of a collection appears on the public site. */
export function documentPath(collection: string, slug: string): string | null {
  const byCollection: Record<string, string> = {
    bulletins: paths.bulletin(slug),
    exposures: paths.exposure(slug),
    'evaluation-rounds': paths.ranking(slug),
    'tv-episodes': paths.episode(slug),
    'good-people': paths.goodPerson(slug),
    'selection-rounds': paths.goodPeople,
    'public-ads': paths.ads,
    knowledge: paths.knowledge,
    units: paths.unit(slug),
  }
  return byCollection[collection] ?? null
}
