import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { answerWithin } from "./answer-within";

describe("answerWithin", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("gives the answer that comes in time, and leaves no timer behind", async () => {
    const result = answerWithin(Promise.resolve("policy"), 1000, "unread");
    await expect(result).resolves.toBe("policy");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("gives the fallback once the time has passed without an answer", async () => {
    const result = answerWithin(new Promise<string>(() => undefined), 1000, "unread");
    await vi.advanceTimersByTimeAsync(999);
    let settled = false;
    void result.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe("unread");
  });

  it("passes a rejection on: only silence is replaced", async () => {
    await expect(answerWithin(Promise.reject(new Error("no")), 1000, "unread")).rejects.toThrow("no");
    expect(vi.getTimerCount()).toBe(0);
  });
});
