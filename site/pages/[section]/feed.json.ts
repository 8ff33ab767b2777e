import type { APIRoute } from 'astro'
import { type GenericKey, genericTypes } from '../../../cms/domain/contentTypes/index.ts'
import { jsonFeed } from '../../lib/feedEndpoint.ts'

/** The JSON Feed of every generic type of the content-type table (/<route>/feed.json). Always rendered, like every feed. */
export function getStaticPaths() {
  return genericTypes.map((type) => ({ params: { section: type.site.route }, props: { key: type.key as GenericKey } }))
}

export const GET: APIRoute = ({ site, props }) => jsonFeed(site, (props as { key: GenericKey }).key)
