import { afterEach, describe, expect, it } from 'vitest';
import { prerenderPage } from './prerender';
import { isPrerendered, poolChosenIn } from './prerendered';

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
    expect(isPrerendered(root)).toBe(true);
    expect(root.querySelector('h1')?.textContent).toBe('Sign in');
    const labels = [...root.querySelectorAll('label')].map((label) => [label.textContent, label.control?.getAttribute('name') ?? label.control?.id]);
    expect(labels).toEqual([
      ['Username', 'username'],
      ['Password', 'password'],
      ['Language', 'page-language'],
    ]);
    const form = root.querySelector('form');
    const username = form?.elements.namedItem('username') as HTMLInputElement;
    expect(username.disabled).toBe(false);
    expect(username.autofocus).toBe(true);
    // Sent without the script it could not be (Sign in is off), and were it ever, nothing would go in the address.
    expect(form?.method).toBe('post');
    expect(root.querySelector('button[type="submit"]')?.hasAttribute('disabled')).toBe(true);
    expect(root.querySelector('select')?.disabled).toBe(true);
  });

  it('draws nothing for a page that config.json configures, or a configuration the script will refuse with its message', () => {
    expect(prerenderPage({})).toBeUndefined();
    expect(prerenderPage({ ...ENV, VITE_COGNITO_REGION: 'not a region' })).toBeUndefined();
  });
});

describe('poolChosenIn', () => {
  it('reads the pool checked in the HTML’s form, and nothing once the script has the page', () => {
    const form = '<form><input type="radio" name="pool" value="a"><input type="radio" name="pool" value="b"></form>';
    const root = htmlPage(`<main data-prerendered>${form}</main>`);
    root.querySelector<HTMLInputElement>('input[value="b"]')!.checked = true;
    expect(poolChosenIn(root)).toBe('b');
    const scripts = htmlPage(`<main>${form.replace('value="a"', 'value="a" checked')}</main>`);
    expect([isPrerendered(scripts), poolChosenIn(scripts)]).toEqual([false, undefined]);
  });
});
