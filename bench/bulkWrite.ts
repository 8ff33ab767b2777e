/**
 * Bulk writes for the synthetic site: every document still goes through Payload's create (its
 * validation, defaults, field and beforeChange hooks: slugs, feed ids, issue numbers, derived
 * statuses — the values an editor's save computes), but the adapter's writes of the bulk
 * collections are queued (bench/bulkRows.ts, Payload's own row split) and written per batch as one
 * multi-row INSERT per table, with no read-back. The after-save hooks that read back what was just
 * written are done per batch or once at the end, by the same functions (bench/bulkCreate.ts).
 * SQLite only: the ids are handed out here inside the batch's write transaction.
 */
import { buildVersionCollectionFields, type Payload } from 'payload'
import { type Adapter, asReadBack, BulkRows, loadTransform } from './bulkRows.ts'

type Row = Record<string, unknown>
type Id = number
/** A document queued in this batch: what its after-save work needs. */
export type Queued = { collection: string; id: Id; data: Row }

type Db = Payload['db'] & Adapter
const snake = (slug: string) => slug.replaceAll('-', '_')

export class BulkWrites {
  readonly queued: Queued[] = []
  private readonly rows: BulkRows
  private readonly parents = new Set<string>()
  private readonly versionFields = new Map<string, unknown>()
  private readonly saved: Partial<Record<'create' | 'createVersion' | 'findVersions', unknown>> = {}
  statements = 0

  constructor(
    private readonly payload: Payload,
    private readonly collections: ReadonlySet<string>,
  ) {
    if (payload.db.name !== 'sqlite') throw new Error('bulk writes: SQLite only (ids are handed out in the transaction)')
    this.rows = new BulkRows(payload.db as Db)
  }

  /** Route the adapter's create / createVersion / findVersions of the bulk collections here until restore(). */
  async install(): Promise<void> {
    const transform = await loadTransform()
    const db = this.payload.db as Db
    const original = { create: db.create, createVersion: db.createVersion, findVersions: db.findVersions }
    Object.assign(this.saved, original)
    const config = (slug: string) => this.payload.collections[slug as 'units'].config
    db.create = (async (args: { collection: string; data: Row }) => {
      if (!this.collections.has(args.collection)) return original.create.call(db, args as never)
      const table = db.tableNameMap.get(snake(args.collection)) as string
      const data = args.data
      // upsertRow's create: a createdAt if none; the read-back row would carry the column's "now" as updatedAt.
      if (!data.createdAt) data.createdAt = new Date().toISOString()
      if (!data.updatedAt) data.updatedAt = data.createdAt
      const id = await this.rows.nextId(table)
      const fields = config(args.collection).flattenedFields
      this.rows.add(table, id, transform({ adapter: db, data, enableAtomicWrites: false, fields, path: '', tableName: table }))
      this.parents.add(`${args.collection}:${id}`)
      this.queued.push({ collection: args.collection, id, data })
      return { ...asReadBack(fields as never, data), id }
    }) as never
    db.createVersion = (async (args: Row & { collectionSlug: string; parent: Id; versionData: Row }) => {
      const { collectionSlug, parent } = args
      if (!this.collections.has(collectionSlug) || !this.parents.has(`${collectionSlug}:${parent}`))
        return original.createVersion.call(db, args as never)
      const table = db.tableNameMap.get(`_${snake(collectionSlug)}${db.versionsSuffix ?? '_v'}`) as string
      let fields = this.versionFields.get(collectionSlug)
      if (!fields) {
        fields = buildVersionCollectionFields(this.payload.config, config(collectionSlug), true)
        this.versionFields.set(collectionSlug, fields)
      }
      const { id: _drop, ...version } = args.versionData
      const data = {
        autosave: args.autosave,
        createdAt: args.createdAt,
        latest: true,
        parent,
        publishedLocale: args.publishedLocale,
        snapshot: args.snapshot,
        updatedAt: args.updatedAt,
        version,
      }
      const id = await this.rows.nextId(table)
      this.rows.add(table, id, transform({ adapter: db, data, enableAtomicWrites: false, fields, path: '', tableName: table }))
      // createVersion's "SET latest = false" on the parent's other versions: a new parent has none.
      return args.returning === false ? null : { id, ...data }
    }) as never
    db.findVersions = (async (args: { collection: string; where?: { parent?: { equals?: unknown } } }) => {
      const parent = args.where?.parent?.equals
      // enforceMaxVersions after a create: a parent created in this batch has just its one version.
      if (this.collections.has(args.collection) && this.parents.has(`${args.collection}:${String(parent)}`))
        return { docs: [], totalDocs: 0, hasNextPage: false, hasPrevPage: false, page: 1, pagingCounter: 1, limit: 1, totalPages: 0 }
      return original.findVersions.call(db, args as never)
    }) as never
  }

  /** Write the queued rows; returns the documents queued since the last flush. */
  async flush(): Promise<Queued[]> {
    this.statements += await this.rows.flush()
    return this.queued.splice(0)
  }

  /** After a rollback: nothing queued is kept, and ids are read again. */
  reset() {
    this.rows.reset()
    this.queued.splice(0)
    this.parents.clear()
  }

  restore() {
    Object.assign(this.payload.db, this.saved)
  }
}
