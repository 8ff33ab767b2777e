import { describe, expect, it } from 'vitest'
import { DatabaseUrlError, DEFAULT_SQLITE_FILE, mongoHost, parseDatabaseUrl, redact } from '../../cms/domain/databaseUrl.ts'

describe('parseDatabaseUrl', () => {
  it.each([
    [undefined, { kind: 'sqlite', file: DEFAULT_SQLITE_FILE }],
    ['', { kind: 'sqlite', file: DEFAULT_SQLITE_FILE }],
    ['file:./data/other.db', { kind: 'sqlite', file: './data/other.db' }],
    ['file:/tmp/x.db', { kind: 'sqlite', file: '/tmp/x.db' }],
    ['file:///tmp/x.db', { kind: 'sqlite', file: '/tmp/x.db' }],
    ['mongodb://db.internal:27017/campaign', { kind: 'mongodb', url: 'mongodb://db.internal:27017/campaign', host: 'db.internal:27017' }],
    [
      'mongodb+srv://user:pw@cluster0.example.net/campaign?retryWrites=true',
      { kind: 'mongodb', url: 'mongodb+srv://user:pw@cluster0.example.net/campaign?retryWrites=true', host: 'cluster0.example.net' },
    ],
    ['postgres://localhost/db', { kind: 'postgres', url: 'postgres://localhost/db', host: 'localhost' }],
    [
      'postgresql://campaign:pw@db.internal:5433/campaign?sslmode=require',
      { kind: 'postgres', url: 'postgresql://campaign:pw@db.internal:5433/campaign?sslmode=require', host: 'db.internal:5433' },
    ],
  ])('should read %s', (input, expected) => {
    expect(parseDatabaseUrl(input)).toEqual(expected)
  })

  it.each(['postgres://', 'mysql://x', 'sqlite.db', 'file:', 'mongodb://', 'http://localhost'])(
    'should reject %s naming the accepted forms',
    (input) => {
      expect(() => parseDatabaseUrl(input)).toThrow(DatabaseUrlError)
      expect(() => parseDatabaseUrl(input)).toThrow(/file:<path to \.db> \| mongodb:\/\/<host>\/<db> \| mongodb\+srv:\/\//)
    },
  )

  it('should never print a password from a rejected URL', () => {
    expect(() => parseDatabaseUrl('mysql://admin:s3cret@db/x')).toThrow(/admin:\*\*\*@db/)
    expect(redact('mongodb://u:p@h/x')).toBe('mongodb://u:***@h/x')
  })

  it('should list every host of a replica set', () => {
    expect(mongoHost('mongodb://u:p@a:1,b:2/db?replicaSet=rs')).toBe('a:1,b:2')
  })
})
