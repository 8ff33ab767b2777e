/** The builder lease on a temp SQLite file (the bodies: tests/int/suites/builderLease.ts; PostgreSQL: tests/int/postgres.test.ts). */
import { sqliteDatabase } from '../helpers/databases.ts'
import { builderLeaseSuite } from './suites/builderLease.ts'

builderLeaseSuite(sqliteDatabase)
