/** Site-wide facts used by the layout and the feeds. */
export const SITE_NAME = '创建全国文明城市 · 公众信息网'
export const SITE_DESCRIPTION = '文明城市创建的通报、测评排名、曝光台、电视问政、好人榜与文明知识，向市民公开。'

/** An absolute URL on the public site (feeds and social tags need them). */
export function absoluteUrl(pathname: string, site: URL | string | undefined): string {
  return new URL(pathname, site ?? 'http://localhost:3000').toString()
}

export const bulletinPath = (slug: string): string => `/bulletins/${slug}/`
