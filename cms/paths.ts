import path from 'node:path'

/** The migrations folder of the project at `root` (settings.paths.projectRoot, cms/config/paths.ts). */
export const migrationsDir = (root: string): string => path.resolve(root, 'cms/migrations')

/** The PostgreSQL migrations folder (DATABASE_URL=postgres://…): its own set, generated against PostgreSQL. */
export const postgresMigrationsDir = (root: string): string => path.resolve(root, 'cms/migrations-pg')
