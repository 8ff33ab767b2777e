/** The one password rule, enforced by the users collection for every caller (admin UI, REST, GraphQL, CLI). */
export const MIN_PASSWORD_LENGTH = 12

export const PASSWORD_TOO_SHORT = `密码（password）至少需要 ${MIN_PASSWORD_LENGTH} 个字符。 / The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`

/** null when the password is acceptable, else the message to show (characters are counted, not bytes). */
export function passwordProblem(value: unknown): string | null {
  if (typeof value !== 'string') return PASSWORD_TOO_SHORT
  return [...value].length >= MIN_PASSWORD_LENGTH ? null : PASSWORD_TOO_SHORT
}
