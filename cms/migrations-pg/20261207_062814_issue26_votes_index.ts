import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Session 10: the (nominee, createdAt) index 点赞 batches count from. SQL only.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE INDEX IF NOT EXISTS "nominee_createdAt_idx" ON "endorsements" USING btree ("nominee_id","created_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "nominee_createdAt_idx";`)
}
