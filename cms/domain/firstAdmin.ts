/**
 * The first administrator is created on the server by an operator, never through the web: Payload's
 * "create first user" (REST `POST /api/users/first-register`, the admin's create-first-user view) is
 * refused always, so an empty database cannot be claimed by whoever asks first.
 */

/** How an operator creates the first administrator (production never creates a demo account). */
export const FIRST_ADMIN_COMMAND = 'npm run user:create -- --email you@example.gov.cn --role admin --name 管理员'

export const FIRST_REGISTER_REFUSED = `不能在网页上注册第一个用户：请在服务器上运行 ${FIRST_ADMIN_COMMAND} 创建管理员。 / The first user cannot register through the web: create the administrator on the server with ${FIRST_ADMIN_COMMAND}.`
