/**
 * A select field named `status` in a collection with drafts shares PostgreSQL's enum type name with
 * Payload's own `_status` (enum_<table>_status), so the generated migration made one type for both
 * and PostgreSQL refused the field's values. `enumName: ownEnumName('x')` gives the field its own
 * type per table (enum_<table>_x, versions table included). SQLite and MongoDB ignore it.
 */
export const ownEnumName =
  (suffix: string) =>
  ({ tableName }: { tableName?: string }): string =>
    `enum_${tableName ?? ''}_${suffix}`
