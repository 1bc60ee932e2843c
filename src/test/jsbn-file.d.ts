// jsbn by its file, for the test that holds jsbn-on-bigint to it (the bare `jsbn` is jsbn-on-bigint in Vite's builds).
declare module 'jsbn/index.js' {
  const jsbn: typeof import('jsbn');
  export default jsbn;
}
