import { FIRST_ADMIN_COMMAND } from '../../domain/firstAdmin.ts'

/**
 * The admin's create-first-user view (/admin/create-first-user, where Payload sends everyone while
 * the database has no user): no form, since first-register is refused (cms/auth/refuseFirstRegister.ts),
 * but the command that creates the first administrator on the server.
 */
export function NoFirstUser() {
  return (
    <div className="create-first-user">
      <h1>还没有管理员账号 / No administrator yet</h1>
      <p>第一个管理员不能在网页上注册，请在服务器上运行下面的命令创建（省略 --password 时会提示输入密码）：</p>
      <p>The first administrator cannot register here. Create it on the server (the password is prompted when --password is omitted):</p>
      <pre>
        <code>{FIRST_ADMIN_COMMAND}</code>
      </pre>
      <p>创建后刷新本页即可登录。 / Then reload this page to sign in.</p>
    </div>
  )
}
