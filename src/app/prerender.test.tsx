import { afterEach, describe, expect, it } from 'vitest';
import { prerenderPage } from './prerender';
import { restoreTyped, typedBeforeScript } from './typed-before-script';

const ENV = {
  VITE_COGNITO_REGION: 'eu-west-1',
  VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123',
  VITE_COGNITO_CLIENT_ID: '1example23456789abcdefghij',
};

afterEach(() => {
  document.body.replaceChildren();
});

/** The markup as the browser would parse it into #root, before any script. */
function htmlPage(markup: string) {
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = markup;
  document.body.append(root);
  return root;
}

describe('prerenderPage', () => {
  it('draws the sign-in form for a page its build environment configures: fields that take typing, Sign in off until the script runs', () => {
    const root = htmlPage(prerenderPage(ENV) ?? '');
    const form = root.querySelector('form');
    expect(root.querySelector('[data-prerendered]')).not.toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('Sign in');
    const labels = [...root.querySelectorAll('label')].map((label) => [label.textContent, label.control?.getAttribute('name') ?? label.control?.id]);
    expect(labels).toEqual([
      ['Username', 'username'],
      ['Password', 'password'],
      ['Language', 'page-language'],
    ]);
    const username = form?.elements.namedItem('username') as HTMLInputElement;
    expect(username.disabled).toBe(false);
    expect(username.autofocus).toBe(true);
    expect(root.querySelector('button[type="submit"]')?.hasAttribute('disabled')).toBe(true);
    expect(root.querySelector('select')?.disabled).toBe(true);
  });

  it('draws nothing for a page that config.json configures, or a configuration the script will refuse with its message', () => {
    expect(prerenderPage({})).toBeUndefined();
    expect(prerenderPage({ ...ENV, VITE_COGNITO_REGION: 'not a region' })).toBeUndefined();
  });
});

describe('what was typed into the HTML’s form', () => {
  it('is read from the form (the text, the pool, the focused field and its selection) and put into the page the script drew', () => {
    const root = htmlPage(prerenderPage(ENV) ?? '');
    const field = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    field('username')!.value = 'alice';
    field('password')!.value = 'Passw0rd!';
    field('password')!.focus();
    field('password')!.setSelectionRange(2, 5);
    const typed = typedBeforeScript(root);
    expect(typed).toEqual({ username: 'alice', password: 'Passw0rd!', poolId: undefined, focus: { name: 'password', start: 2, end: 5 } });

    // The script's page in its place: the same form, empty.
    root.innerHTML = '<main class="card"><form><input name="username"><input name="password" type="password"></form></main>';
    expect(typedBeforeScript(root)).toBeUndefined();
    restoreTyped(root, typed);
    expect([field('username')!.value, field('password')!.value]).toEqual(['alice', 'Passw0rd!']);
    // Values as typing sets them: nothing in the markup.
    expect(root.innerHTML).not.toContain('Passw0rd!');
    expect(document.activeElement).toBe(field('password'));
    expect([field('password')!.selectionStart, field('password')!.selectionEnd]).toEqual([2, 5]);
  });

  it('takes the pool chosen, and puts focus back on a pool’s radio button', () => {
    const root = htmlPage(
      '<main data-prerendered><form><input type="radio" name="pool" value="a"><input type="radio" name="pool" value="b" checked><input name="username"></form></main>',
    );
    root.querySelector<HTMLInputElement>('input[value="b"]')!.focus();
    const typed = typedBeforeScript(root);
    expect(typed).toMatchObject({ poolId: 'b', focus: { name: 'pool', start: null, end: null } });
    root.innerHTML = '<main><form><input type="radio" name="pool" value="a"><input type="radio" name="pool" value="b" checked><input name="username"></form></main>';
    restoreTyped(root, typed);
    expect(document.activeElement).toBe(root.querySelector('input[value="b"]'));
  });

  it('leaves focus where the script put it when the user had not gone into the form', () => {
    const root = htmlPage(prerenderPage(ENV) ?? '');
    (document.activeElement as HTMLElement | null)?.blur();
    const typed = typedBeforeScript(root);
    expect(typed?.focus).toBeUndefined();
    root.innerHTML = '<main><form><input name="username" autofocus><input name="password"></form></main>';
    root.querySelector<HTMLInputElement>('input[name="username"]')!.focus();
    restoreTyped(root, typed);
    expect(document.activeElement).toBe(root.querySelector('input[name="username"]'));
    expect(root.querySelector<HTMLInputElement>('input[name="username"]')!.value).toBe('');
  });
});
