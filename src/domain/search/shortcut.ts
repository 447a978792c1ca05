/** When a key press should open site search. Plain data in, so it is testable without a DOM. */

/** The parts of a keydown event (and its target) the decision needs. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Upper-case tag name of the focused element, e.g. "INPUT". */
  targetTag: string;
  /** `isContentEditable` of the focused element. */
  targetEditable: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * "/" opens search unless the learner is typing somewhere ("/" is a real character in dates and
 * answers); Ctrl+K or Cmd+K opens it from anywhere, as in most documentation sites.
 */
export function opensSearch(k: ShortcutKey): boolean {
  if (k.altKey) return false;
  if ((k.ctrlKey || k.metaKey) && k.key.toLowerCase() === 'k') return true;
  if (k.key !== '/' || k.ctrlKey || k.metaKey) return false;
  return !TYPING_TAGS.has(k.targetTag) && !k.targetEditable;
}
