import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField, isAdminOrSelf } from '../access/index.ts'
import { clearLoginFailures } from '../auth/clearLoginFailures.ts'
import { enforcePasswordPolicy } from '../auth/enforcePasswordPolicy.ts'
import { limitPasswordResets } from '../auth/limitPasswordResets.ts'
import { refuseFirstRegister } from '../auth/refuseFirstRegister.ts'
import { RESET_EXPIRATION_MS, resetEmailHtml, resetEmailSubject } from '../auth/resetEmail.ts'
import { throttleLogin } from '../auth/throttleLogin.ts'
import { ROLE_LABELS, ROLES } from '../domain/roles.ts'
import { label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'

function requireUnitForLiaison(value: unknown, { siblingData }: { siblingData: { role?: string } }): true | string {
  if (siblingData.role !== 'unitLiaison' || (value !== null && value !== undefined && value !== '')) return true
  return '单位联络员必须选择所属单位。 / A unit liaison needs a unit.'
}

/** `secureCookies`: SITE_URL is https (settings.site.secureCookies). */
export const users = (secureCookies: boolean): CollectionConfig => ({
  slug: slugs.users,
  labels: { singular: label('用户', 'User'), plural: label('用户', 'Users') },
  auth: {
    tokenExpiration: 8 * 60 * 60,
    // No per-account lockout: it let anyone lock the owner out with wrong passwords. Failed sign-ins
    // are limited per network and per account + network instead (cms/auth/throttleLogin.ts).
    maxLoginAttempts: 0,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
    forgotPassword: { expiration: RESET_EXPIRATION_MS, generateEmailHTML: resetEmailHtml, generateEmailSubject: resetEmailSubject },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: label('系统', 'System'),
    description: label('只有管理员可以管理用户。', 'Only administrators manage users.'),
  },
  access: {
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload keeps POST /api/users/unlock; with no lockout it changes nothing, and stays admin-only.
    unlock: isAdmin,
  },
  // The first administrator comes from `npm run user:create`, never from the web.
  endpoints: [refuseFirstRegister],
  hooks: {
    beforeOperation: [throttleLogin, limitPasswordResets, enforcePasswordPolicy],
    afterLogin: [clearLoginFailures],
  },
  fields: [
    { name: 'name', type: 'text', label: label('姓名', 'Name'), required: true, maxLength: 60 },
    {
      name: 'role',
      type: 'select',
      label: label('角色', 'Role'),
      required: true,
      defaultValue: 'editor',
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: label(
          '管理员：全部权限；审核员：审核发布；编辑：撰写提交；单位联络员：只处理本单位事项。',
          'Admin: everything; reviewer: approves and publishes; editor: writes and submits; unit liaison: own unit only.',
        ),
      },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: slugs.units,
      label: label('所属单位', 'Unit'),
      access: { create: isAdminField, update: isAdminField },
      validate: requireUnitForLiaison,
      admin: {
        description: label('单位联络员必填：只能处理本单位的事项。', 'Required for unit liaisons: they handle only their unit’s items.'),
      },
    },
  ],
})
