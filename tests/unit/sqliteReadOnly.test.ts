import { describe, expect, it } from 'vitest'
import { isBusy, isReadOnly } from '../../cms/sqliteWriter.ts'

describe('isReadOnly (which statements may run on the read connection outside a transaction)', () => {
  it.each([
    ['select * from "units" where "id" = ?', true],
    ['  SELECT count(*) FROM x', true],
    ['explain query plan select 1', true],
    ['with t as (select 1) select * from t', true],
    ['PRAGMA foreign_keys', true],
    ['pragma table_info("units")', true],
    ['insert into "units" ("name") values (?) returning *', false],
    ['update "units" set "name" = ?', false],
    ['delete from "rate_slots" where "id" = ?', false],
    ['with gone as (select id from x) delete from y where id in gone', false],
    ['PRAGMA foreign_keys = OFF', false],
    ['PRAGMA optimize=0x10002', false],
    ['PRAGMA wal_checkpoint(TRUNCATE)', false],
    ['CREATE TABLE t (x)', false],
    ['BEGIN IMMEDIATE', false],
    ['replace into t values (1)', false],
  ])('%s → %s', (sql, expected) => {
    expect(isReadOnly(sql)).toBe(expected)
  })
})

describe('isBusy', () => {
  it('should know SQLite busy errors and nothing else', () => {
    expect(isBusy(Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' }))).toBe(true)
    expect(isBusy(new Error('database is locked'))).toBe(true)
    expect(isBusy(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT' }))).toBe(false)
    expect(isBusy(null)).toBe(false)
  })
})
