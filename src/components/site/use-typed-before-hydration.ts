import { useEffect, type RefObject } from 'react';

/**
 * Text typed into a server-rendered box before its island hydrated (a slow phone, a page served
 * from the offline cache) stays in the box, but React 19 does not tell the component (its replay
 * of such changes is behind a flag): the component's state says the box is empty, so a search
 * would never run and an Add would add nothing. On mount this hands the box's text to `adopt`.
 */
export function useTypedBeforeHydration(ref: RefObject<HTMLInputElement | null>, adopt: (typed: string) => void): void {
  // Mount only: later changes come through the box's own onChange.
  useEffect(() => {
    const typed = ref.current?.value ?? '';
    if (typed !== '') adopt(typed);
  }, []);
}
