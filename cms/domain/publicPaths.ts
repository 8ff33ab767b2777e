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
