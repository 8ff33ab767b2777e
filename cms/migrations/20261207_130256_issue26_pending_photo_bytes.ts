import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Session 12: a 随手拍 photo's bytes as they arrived, raw (BLOB) instead of base64 text in `data`
// (cms/collections/PendingPhotos.ts). Not a Payload field: written and read by plain SQL only. SQL only.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pending_photos\` ADD \`bytes\` blob;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pending_photos\` DROP COLUMN \`bytes\`;`)
}
