import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Session 12: the twin of the SQLite migration: a pending photo's bytes raw (bytea), beside the base64
// `data` (cms/collections/PendingPhotos.ts). Not a Payload field: plain SQL only. SQL only.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "pending_photos" ADD COLUMN IF NOT EXISTS "bytes" bytea;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "pending_photos" DROP COLUMN IF EXISTS "bytes";`)
}
