import { useEffect, useState, type ReactNode } from 'react';
import CodePage from './CodePage.tsx';
import { parseCodePath, type CodeRoute as Route } from './code-route.ts';

/**
 * Mounted on the 404 page: most code pages are not built as files, so a /codes/<code>/ URL
 * lands here and the code is rendered in the browser. Any other path shows `children`, the
 * ordinary "page not found" text.
 */
export default function CodeRoute({ children }: { children?: ReactNode }) {
  const [route, setRoute] = useState<Route | undefined | null>(null);
  useEffect(() => {
    setRoute(parseCodePath(window.location.pathname));
  }, []);
  if (route) {
    return (
      <div className="container">
        <CodePage system={route.system} code={route.code} />
      </div>
    );
  }
  return <>{children}</>;
}
