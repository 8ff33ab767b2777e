/** 网站设置 demo values: clearly fictional (示范市, all-zero codes), never a real registration. */
export const siteIdentity = {
  siteName: '示范市文明网（演示）',
  sponsor: '中共示范市委宣传部 示范市文明办（演示）',
  operator: '示范市融媒体中心（演示）',
  phone: '0000-00000000',
  email: 'wenming@example.gov.cn',
  address: '示范市文明大道 1 号（虚构地址）',
  siteCode: '0000000000',
  icp: '示ICP备00000000号（演示）',
  psb: '示公网安备 00000000000000号（演示）',
  wechatName: '示范市文明网（演示）',
  // The national report-an-error page for government websites. No 党政机关网站 mark: that image is
  // issued to a real office and never imitated (the footer shows the slot once an office sets it).
  errorReportUrl: 'https://zfwzzc.www.gov.cn/',
  footerLinks: [
    { label: '中国文明网', url: 'https://www.wenming.cn/' },
    { label: '示范市人民政府（演示）', url: 'https://www.example.gov.cn/' },
  ],
  // 嵌入来源: a made-up partner newsroom (example.cn is reserved) and a local page a developer can try the snippets on.
  embedOrigins: 'https://news.example.cn\nhttp://localhost:4321',
}
