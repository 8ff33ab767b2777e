import { describe, expect, it } from 'vitest'
import { hasRole, isRole, ROLES } from '../../cms/domain/roles.ts'

describe('hasRole', () => {
  it.each([
    [{ role: 'admin' }, ['admin'], true],
    [{ role: 'editor' }, ['admin', 'editor'], true],
    [{ role: 'editor' }, ['admin'], false],
    [{ role: 'unitLiaison' }, ['reviewer', 'editor'], false],
    [{ role: 'superuser' }, ['admin'], false],
    [{}, ['admin'], false],
    [null, ['admin'], false],
    [undefined, ['editor'], false],
  ] as const)('should answer %j for %j with %s', (user, roles, expected) => {
    expect(hasRole(user, ...roles)).toBe(expected)
  })

  it('should know exactly the four roles', () => {
    expect(ROLES).toEqual(['admin', 'reviewer', 'editor', 'unitLiaison'])
    expect(isRole('reviewer')).toBe(true)
    expect(isRole('Admin')).toBe(false)
  })
})
