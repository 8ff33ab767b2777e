/** What this build is for, served by the publisher's buildRequestModule integration (site/lib/buildRequest.ts BUILD_REQUEST_MODULE). */
declare module 'virtual:campaign/build-request' {
  const request: import('./lib/buildRequest.ts').BuildRequest
  export default request
}
