import type { PageMessages } from '../page-messages';
import { Alert } from './alert';

/** What a deployer sees when the page has no usable configuration. The problem itself is for them, in English. */
export function ConfigProblem({ message, t }: { message: string; t: PageMessages }) {
  return (
    <section aria-labelledby="config-heading">
      <h1 id="config-heading">{t.configProblemHeading}</h1>
      <Alert>
        <span lang="en">{message}</span>
      </Alert>
      <p>{t.configProblemBody}</p>
    </section>
  );
}
