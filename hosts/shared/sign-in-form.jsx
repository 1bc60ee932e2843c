// The hosts' own sign-in form: a pool to choose, a username and a password. Each host signs in its
// own way (the package's createSignIn, or Amplify's signIn) from onSubmit(pool, username, password).
export function SignInForm({ pool, onPoolChange, onSubmit }) {
  function submit(event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSubmit(String(form.get('username')), String(form.get('password')));
  }

  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>Pool</legend>
        {['required', 'optional'].map((name) => (
          <label key={name}>
            <input type="radio" name="pool" checked={pool === name} onChange={() => onPoolChange(name)} /> MFA {name}
          </label>
        ))}
      </fieldset>
      <label>
        Username <input name="username" autoComplete="username" />
      </label>
      <label>
        Password <input name="password" type="password" autoComplete="current-password" />
      </label>
      <button type="submit">Sign in</button>
    </form>
  );
}
