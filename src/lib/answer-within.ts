/**
 * `answer`, or `fallback` once `ms` have passed without one. For a browser call that may never answer:
 * Chromium's storage.managed.get sometimes never does (seen under load, with no policy at all).
 */
export function answerWithin<T, F>(answer: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([answer, silence]).finally(() => clearTimeout(timer));
}
