// A link to one panel of a long record (`/members/12?section=supervision`) lands on that panel: it is
// scrolled into view and its heading takes the focus, so a keyboard or screen reader starts there too.
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

// Once per visit to the address: the record re-renders (and remounts after a save) while the person works
// on it, and must not be pulled back to the panel each time.
let landed = '';

export function useSectionFocus<T extends HTMLElement>(section: string) {
  const ref = useRef<T>(null);
  const location = useLocation();
  const wanted = new URLSearchParams(location.search).get('section') === section;
  const visit = `${location.key}:${section}`;
  useEffect(() => {
    if (!wanted || !ref.current || landed === visit) return;
    landed = visit;
    ref.current.scrollIntoView({ block: 'start' });
    ref.current.focus({ preventScroll: true });
  }, [wanted, visit]);
  return ref;
}

/** Wraps a panel that has no heading of its own to focus (the DBS checks): the wrapper takes the focus. */
export function SectionTarget({ section, label, children }: { section: string; label: string; children: ReactNode }) {
  const ref = useSectionFocus<HTMLDivElement>(section);
  return <div id={section} ref={ref} tabIndex={-1} aria-label={label} role="region" style={{ outlineOffset: 4, scrollMarginTop: 90 }}>{children}</div>;
}
