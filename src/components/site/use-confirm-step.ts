import { useEffect, useRef, type RefObject } from 'react';

/** The refs a confirmation step hands to what it renders. */
export interface ConfirmStep<O extends HTMLElement> {
  /** The control that opened the step (or that the step is about): focus comes back to it. */
  opener: RefObject<O | null>;
  /** The choice that takes focus when the step opens. */
  choice: RefObject<HTMLButtonElement | null>;
  /** The element round the step's question and choices: Escape inside it cancels. */
  panel: RefObject<HTMLDivElement | null>;
}

/**
 * Keyboard behaviour shared by the confirmation steps (submit an exam, erase progress, send a
 * claim with errors, replace a claim, start a new case), as a dialog has it (WAI-ARIA APG,
 * alertdialog): focus moves to `choice` when the step opens; Escape with focus in the step calls
 * `onCancel`; and when the step closes, whichever way, focus goes back to `opener` if it was left
 * on nothing (the chosen button is gone with the step), so a keyboard user is not sent to the top
 * of the page. A choice that moves focus on purpose (to a result heading) keeps its focus.
 * Pass `opener` when the control lives in another component.
 */
export function useConfirmStep<O extends HTMLElement = HTMLButtonElement>(open: boolean, onCancel: () => void, openerRef?: RefObject<O | null>): ConfirmStep<O> {
  const ownOpener = useRef<O | null>(null);
  const opener = openerRef ?? ownOpener;
  const choice = useRef<HTMLButtonElement | null>(null);
  const panel = useRef<HTMLDivElement | null>(null);
  const wasOpen = useRef(false);
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });

  useEffect(() => {
    if (open) {
      wasOpen.current = true;
      choice.current?.focus();
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body || !active.isConnected) opener.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Node ? event.target : null;
      if (!target || !panel.current?.contains(target)) return;
      event.preventDefault();
      cancel.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return { opener, choice, panel };
}
