/** Roles and the one pure role check every access function is built on. */
export const ROLES = ['admin', 'reviewer', 'editor', 'unitLiaison'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '管理员', en: 'Administrator' },
  reviewer: { zh: '审核员', en: 'Reviewer' },
  editor: { zh: '编辑', en: 'Editor' },
  unitLiaison: { zh: '单位联络员', en: 'Unit liaison' },
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** True when the user exists and holds one of the given roles. */
export function hasRole(user: object | null | undefined, ...roles: Role[]): boolean {
  const role = user && 'role' in user ? user.role : undefined
  return isRole(role) && roles.includes(role)
}
