/**
 * The REST and GraphQL route handlers of /api, guarded (cms/http/apiRequestGuard.ts), for one Payload
 * config: the Next route files mount them for the config the process reads, tests for theirs.
 */

import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { guarded, guardedGraphql } from './apiRequestGuard.ts'

type Config = Promise<SanitizedConfig> | SanitizedConfig

export const restRoutes = (config: Config) => ({
  GET: guarded(REST_GET(config), config),
  POST: guarded(REST_POST(config), config),
  DELETE: guarded(REST_DELETE(config), config),
  PATCH: guarded(REST_PATCH(config), config),
  OPTIONS: guarded(REST_OPTIONS(config), config),
})

export const graphqlRoutes = (config: Config) => ({ POST: guardedGraphql(GRAPHQL_POST(config)), OPTIONS: REST_OPTIONS(config) })
