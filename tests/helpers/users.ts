import type { Payload } from 'payload'
import type { Role } from '../../cms/domain/roles.ts'
import type { User } from '../../cms/payload-types.ts'

/** A real user of the given role, created by the system (as an admin would). */
export async function makeUser(payload: Payload, role: Role): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      email: `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`,
      password: 'correct-horse-battery',
      role,
      name: role,
    },
    overrideAccess: true,
  })
}
