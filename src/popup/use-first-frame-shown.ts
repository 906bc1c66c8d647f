import { useEffect, useState } from "preact/hooks";

/**
 * False until the page's first frame is on screen, then true for good. Effects run before a frame's paint,
 * so the change waits for the next frame's callback and then a task: that task runs once the frame has
 * been painted.
 */
export function useFirstFrameShown(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return shown;
}
