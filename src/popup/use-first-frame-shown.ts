import { useEffect, useState } from "preact/hooks";

/**
 * A page out of sight gets no frames: after this long it is taken as shown all the same; long enough not to
 * overtake a first frame that a busy machine paints late.
 */
const HIDDEN_PAGE_MS = 500;

/**
 * False until the page's first frame is on screen, then true for good. An effect can run before that frame
 * is painted, so the change waits for the next frame's callback and then a task: by then it is.
 */
export function useFirstFrameShown(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const show = () => setShown(true);
    let timer = setTimeout(show, HIDDEN_PAGE_MS);
    const frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      timer = setTimeout(show);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return shown;
}
