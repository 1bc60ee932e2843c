// The page's and the wizard's texts in one language, fetched as one chunk when the page speaks it.
export { esPage as page } from './es';
export { esMessages as wizard } from 'cognito-mfa-wizard';
