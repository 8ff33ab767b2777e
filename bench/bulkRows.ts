/**
 * Rows of many documents gathered per table and written with multi-row INSERTs (bench/bulkWrite.ts).
 * The split of a document into its tables is Payload's own (drizzle's transformForWrite, the function
 * upsertRow uses), so the rows are the ones a single create would insert; ids are handed out here,
 * in order, from the tables' current maximum (the batch runs inside one write transaction).
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

type Row = Record<string, unknown>
type ArrayRow = { row: Row; locales: Record<string, Row>; arrays: Record<string, ArrayRow[]> }
export type Written = {
  row: Row
  locales: Record<string, Row>
  relationships: Row[]
  texts: Row[]
  numbers: Row[]
  selects: Record<string, Row[]>
  arrays: Record<string, ArrayRow[]>
  blocks: Record<string, unknown[]>
}
type TransformForWrite = (args: {
  adapter: unknown
  data: Row
  enableAtomicWrites: boolean
  fields: unknown
  path: string
  tableName: string
}) => Written
export type Adapter = {
  name: string
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
  drizzle: { insert: (table: unknown) => { values: (rows: Row[]) => Promise<unknown> }; all: (query: unknown) => Promise<Row[]> }
  localesSuffix?: string
  relationshipsSuffix?: string
  versionsSuffix?: string
}

let transform: TransformForWrite | undefined
/** drizzle's transformForWrite: not in the package's exports, so loaded from its file next to the package's entry. */
export async function loadTransform(): Promise<TransformForWrite> {
  if (transform) return transform
  // payload's own db adapter depends on @payloadcms/drizzle; resolve it from there.
  const require = createRequire(createRequire(import.meta.url).resolve('@payloadcms/db-sqlite'))
  const entry = dirname(require.resolve('@payloadcms/drizzle')) // …/@payloadcms/drizzle/dist
  const module = (await import(pathToFileURL(join(entry, 'transform/write/index.js')).href)) as { transformForWrite: TransformForWrite }
  transform = module.transformForWrite
  return transform
}

/** SQLite allows 32,766 bound values per statement; stay well under it. */
const MAX_VALUES = 30_000

export class BulkRows {
  private readonly rows = new Map<string, Row[]>()
  private readonly next = new Map<string, number>()
  constructor(private readonly adapter: Adapter) {}

  /** The next id of `table` (its maximum + 1 the first time, then counting on). */
  async nextId(table: string): Promise<number> {
    let id = this.next.get(table)
    if (id === undefined) {
      const [found] = await this.adapter.drizzle.all(sql.raw(`select coalesce(max(id), 0) as top from "${table}"`))
      id = Number(found?.top ?? 0) + 1
    }
    this.next.set(table, id + 1)
    return id
  }

  private push(table: string, ...rows: Row[]) {
    if (rows.length === 0) return
    const list = this.rows.get(table)
    if (list) list.push(...rows)
    else this.rows.set(table, [...rows])
  }

  /** Queue one document's rows (upsertRow's create branch: parents filled in, arrays with their ids). */
  add(table: string, id: number, written: Written) {
    if (Object.keys(written.blocks).length > 0) throw new Error(`bulk: blocks are not supported (${table})`)
    const { localesSuffix = '_locales', relationshipsSuffix = '_rels' } = this.adapter
    this.push(table, { ...written.row, id })
    this.push(
      `${table}${localesSuffix}`,
      ...Object.entries(written.locales).map(([locale, row]) => ({ ...row, _parentID: id, _locale: locale })),
    )
    this.push(`${table}${relationshipsSuffix}`, ...written.relationships.map((row) => ({ ...row, parent: id })))
    this.push(`${table}_texts`, ...written.texts.map((row) => ({ ...row, parent: id })))
    this.push(`${table}_numbers`, ...written.numbers.map((row) => ({ ...row, parent: id })))
    for (const [name, rows] of Object.entries(written.selects)) this.push(name, ...rows.map((row) => ({ parent: id, ...row })))
    this.addArrays(written.arrays, id)
  }

  private addArrays(arrays: Record<string, ArrayRow[]>, parent: number | string) {
    const { localesSuffix = '_locales' } = this.adapter
    for (const [table, rows] of Object.entries(arrays))
      for (const item of rows) {
        this.push(table, { ...item.row, _parentID: parent })
        const id = item.row.id as string | undefined
        const nested = Object.values(item.arrays).some((list) => list.length > 0)
        if (Object.keys(item.locales).length === 0 && !nested) continue
        if (id === undefined) throw new Error(`bulk: nested array rows need their parent row's id (${table})`)
        this.push(
          `${table}${localesSuffix}`,
          ...Object.entries(item.locales).map(([locale, row]) => ({ ...row, _parentID: id, _locale: locale })),
        )
        this.addArrays(item.arrays, id)
      }
  }

  /** Write every queued row: one INSERT per table (split only past SQLite's bound-value limit). */
  async flush(): Promise<number> {
    let statements = 0
    for (const [name, rows] of this.rows) {
      const table = this.adapter.tables[name]
      if (!table) throw new Error(`bulk: no table ${name}`)
      const columns = new Set(rows.flatMap((row) => Object.keys(row)))
      // Every row gets every column (missing ones as their default), so one statement fits them all.
      const full = rows.map((row) => Object.fromEntries([...columns].map((column) => [column, row[column] ?? undefined])))
      const per = Math.max(1, Math.floor(MAX_VALUES / Math.max(1, columns.size)))
      for (let start = 0; start < full.length; start += per) {
        await this.adapter.drizzle.insert(table).values(full.slice(start, start + per))
        statements++
      }
    }
    this.rows.clear()
    return statements
  }

  /** Forget queued rows and counters (after a rollback). */
  reset() {
    this.rows.clear()
    this.next.clear()
  }
}

export type { Payload }

type FlatField = { name?: string; type: string; flattenedFields?: FlatField[] }
/**
 * The document as the adapter's read-back gives it: dates as full ISO strings (drizzle's read
 * transform). Payload builds the version from that read-back, so the version rows need it too.
 */
export function asReadBack(fields: readonly FlatField[], data: Row): Row {
  const out: Row = { ...data }
  for (const field of fields) {
    if (!field.name || !(field.name in out)) continue
    const value = out[field.name]
    if (field.type === 'date' && typeof value === 'string') out[field.name] = new Date(value).toISOString()
    else if ((field.type === 'group' || field.type === 'tab') && field.flattenedFields && value && typeof value === 'object')
      out[field.name] = asReadBack(field.flattenedFields, value as Row)
    else if (field.type === 'array' && field.flattenedFields && Array.isArray(value))
      out[field.name] = value.map((item) =>
        item && typeof item === 'object' ? asReadBack(field.flattenedFields ?? [], item as Row) : item,
      )
  }
  return out
}
