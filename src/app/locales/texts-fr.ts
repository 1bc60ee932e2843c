// The page's and the wizard's texts in one language, fetched as one chunk when the page speaks it.
export { frPage as page } from './fr';
export { frMessages as wizard } from 'cognito-mfa-wizard';
