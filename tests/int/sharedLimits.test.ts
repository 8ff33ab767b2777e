/** The shared limits on a temp SQLite file (the bodies: tests/int/suites/sharedLimits.ts; PostgreSQL: tests/int/postgres.test.ts). */
import { sqliteDatabase } from '../helpers/databases.ts'
import { sharedLimitsSuite } from './suites/sharedLimits.ts'

sharedLimitsSuite(sqliteDatabase)
