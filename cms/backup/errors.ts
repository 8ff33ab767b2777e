/** A backup or restore that cannot go on: one line for the operator, nothing half-written. */
export class BackupError extends Error {
  override name = 'BackupError'
}
