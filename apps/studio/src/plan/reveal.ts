/**
 * Bringing a part of the plan into view from elsewhere (a coach finding names a path such as
 * `behaviors.2.action`): every field and item carries `data-path`; the nearest match is
 * scrolled to, focused and briefly highlighted. A request made before the screen that holds
 * the path has rendered waits until it has.
 */

let pending: string | null = null;

/** Candidate paths, most specific first: `a.1.b` → `a.1.b`, `a.1`, `a`. */
export function pathCandidates(path: string): string[] {
  const parts = path.split('.');
  const candidates: string[] = [];
  for (let length = parts.length; length > 0; length--) candidates.push(parts.slice(0, length).join('.'));
  return candidates;
}

/** Finds the element for `path` on the page (exactly, or the nearest enclosing part when `nearest`). */
export function findPathElement(path: string, nearest: boolean, root: ParentNode = document): HTMLElement | null {
  const candidates = nearest ? pathCandidates(path) : [path];
  for (const candidate of candidates) {
    const element = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(candidate)}"]`);
    if (element !== null) return element;
  }
  return null;
}

/** Scrolls to, focuses and highlights an element. */
export function revealElement(element: HTMLElement): void {
  element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
  element.classList.remove('revealed');
  // Restart the highlight animation.
  void element.offsetWidth;
  element.classList.add('revealed');
  setTimeout(() => element.classList.remove('revealed'), 1600);
}

/** Reveals `path` if it is on the page now; returns whether it was. */
export function revealPath(path: string, nearest = false): boolean {
  const element = findPathElement(path, nearest);
  if (element === null) return false;
  revealElement(element);
  return true;
}

/** Asks the next screen that mounts to reveal `path`. */
export function requestReveal(path: string): void {
  pending = path;
}

/** Reveals the pending request, if any (call after the screen has rendered). */
export function revealPending(): void {
  if (pending === null) return;
  const path = pending;
  pending = null;
  requestAnimationFrame(() => revealPath(path, true));
}
