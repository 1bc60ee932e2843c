// The page's and the wizard's texts in one language, fetched as one chunk when the page speaks it.
export { dePage as page } from './de';
export { deMessages as wizard } from 'cognito-mfa-wizard';
