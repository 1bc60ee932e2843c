import { useEffect } from 'react';

/** Sets the document's title while `title` is a string; null leaves it to a screen that sets its own. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
