import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'
import { getPayload } from 'payload'
import { readAdminSiteName } from '../../../../components/brand/siteName.ts'
import { adminTitleSuffix } from '../../../../domain/adminBrand.ts'
import config from '../../../../payload.config.ts'
import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<Record<string, string | string[]>>
}

/** Payload's page titles, ending in the office's site name (网站设置) instead of a fixed product name. */
export const generateMetadata = async ({ params, searchParams }: Args): Promise<Metadata> => {
  const resolved = await config
  const name = await readAdminSiteName(await getPayload({ config: resolved }))
  const meta = { ...resolved.admin.meta, titleSuffix: adminTitleSuffix(name) }
  return generatePageMetadata({ config: Promise.resolve({ ...resolved, admin: { ...resolved.admin, meta } }), params, searchParams })
}

const Page = ({ params, searchParams }: Args) => RootPage({ config, params, searchParams, importMap })

export default Page
