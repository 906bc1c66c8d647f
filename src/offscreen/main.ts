// Chrome's service worker has no clipboard; this offscreen document, made only for one copy and closed
// right after, does it for the keyboard shortcut. It answers our worker only, and keeps nothing.
chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const copy = message as { type?: unknown; text?: unknown } | null;
  if (sender.id !== chrome.runtime.id || sender.tab || copy?.type !== "offscreen-copy") return;
  if (typeof copy.text !== "string") return;
  // Offscreen documents never have focus, so navigator.clipboard refuses; a selected field copies.
  const field = document.createElement("textarea");
  field.value = copy.text;
  document.body.append(field);
  field.select();
  const copied = document.execCommand("copy");
  field.remove();
  sendResponse(copied);
});
