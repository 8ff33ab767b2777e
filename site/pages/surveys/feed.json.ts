import type { APIRoute } from 'astro'
import { jsonFeed } from '../../lib/feedEndpoint.ts'

export const GET: APIRoute = ({ site }) => jsonFeed(site, 'surveys')
