/** The review workflow on a temp SQLite file (the bodies: tests/int/suites/workflow.ts; PostgreSQL: tests/int/postgres.test.ts). */
import { sqliteDatabase } from '../helpers/databases.ts'
import { workflowSuite } from './suites/workflow.ts'

workflowSuite(sqliteDatabase)
