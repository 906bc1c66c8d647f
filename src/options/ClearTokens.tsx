import { useState } from "preact/hooks";
import { send } from "../lib/send";

/** Every stored token gone at once, after one confirmation: the way out of a shared or lost session. */
export function ClearTokens({ count }: { count: number }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState("");
  const clear = async () => {
    await send("clearTokens", {});
    setConfirming(false);
    setDone("All tokens cleared.");
  };
  return (
    <section class="card" aria-label="Tokens">
      <h2>Tokens</h2>
      <p class="muted">{count === 1 ? "One token is stored." : `${count} tokens are stored.`}</p>
      <div class="row">
        {confirming ? (
          <>
            <button type="button" class="danger" onClick={() => void clear()}>
              Clear all {count} tokens
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" disabled={count === 0} onClick={() => setConfirming(true)}>
            Clear all tokens
          </button>
        )}
      </div>
      {done && <p role="status">{done}</p>}
    </section>
  );
}
