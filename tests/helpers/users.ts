import type { Payload } from 'payload'
import type { Role } from '../../cms/domain/roles.ts'
import type { User } from '../../cms/payload-types.ts'

export const TEST_PASSWORD = 'correct-horse-battery'

/** A real user of the given role (a liaison needs a unit), created by the system as an admin would. */
export async function makeUser(payload: Payload, role: Role, unit?: number | string): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      email: `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`,
      password: TEST_PASSWORD,
      role,
      name: role,
      unit: unit as number | undefined,
    },
    overrideAccess: true,
  })
}
