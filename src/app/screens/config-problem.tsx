/** What a deployer sees when the page has no usable configuration. */
export function ConfigProblem({ message }: { message: string }) {
  return (
    <section aria-labelledby="config-heading">
      <h1 id="config-heading">This page isn't set up yet</h1>
      <div className="notice" data-tone="error" role="alert">
        {message}
      </div>
      <p>
        It needs the user pool's Region, its id and an app client id: either in <code>config.json</code> beside
        <code>index.html</code> (at the site's base path, whatever the page's address), or as <code>VITE_COGNITO_*</code> variables at build time. The README says how.
      </p>
    </section>
  );
}
