/**
 * The integration suites that matter most for several hosts, on a PostgreSQL server this file starts
 * (tests/helpers/postgres.ts; one database per suite, the committed migrations of cms/migrations-pg):
 * review workflow and issue numbering under concurrent saves, the builder lease, shared limits from
 * two Payload instances, one vote per browser, hot anonymous writes. The same bodies run on SQLite
 * in their own files.
 */
import { afterAll, describe } from 'vitest'
import { postgresDatabase } from '../helpers/databases.ts'
import { anonymousWritesSuite } from './suites/anonymousWrites.ts'
import { builderLeaseSuite } from './suites/builderLease.ts'
import { sharedLimitsSuite } from './suites/sharedLimits.ts'
import { workflowSuite } from './suites/workflow.ts'

const postgres = postgresDatabase()
afterAll(() => postgres.stop())

describe('on PostgreSQL', () => {
  workflowSuite(postgres.open)
  builderLeaseSuite(postgres.open)
  sharedLimitsSuite(postgres.open)
  anonymousWritesSuite(postgres.open)
})
