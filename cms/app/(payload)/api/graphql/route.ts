import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardedGraphql } from '../../../../http/apiRequestGuard.ts'
import config from '../../../../payload.config.ts'

export const POST = guardedGraphql(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
