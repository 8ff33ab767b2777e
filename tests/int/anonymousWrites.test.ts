/** Parallel anonymous writes on a temp SQLite file (the bodies: tests/int/suites/anonymousWrites.ts; PostgreSQL: tests/int/postgres.test.ts). */
import { sqliteDatabase } from '../helpers/databases.ts'
import { anonymousWritesSuite } from './suites/anonymousWrites.ts'

anonymousWritesSuite(sqliteDatabase)
