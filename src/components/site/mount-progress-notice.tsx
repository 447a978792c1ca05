import { createRoot } from 'react-dom/client';
import ProgressNotice from '../progress/ProgressNotice.tsx';

/**
 * Renders the progress notice into `host` (the layout's role="status" region). Loaded with
 * `import()` by progress-watch.ts only when saved progress needs the learner's attention.
 */
export function mountProgressNotice(host: HTMLElement): void {
  createRoot(host).render(<ProgressNotice />);
}
