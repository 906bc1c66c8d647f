// The page "Decode JWT" (context menu) opens: the selected text handed over once through storage.session
// (never a URL, which history and sync would keep), taken and removed at once, decoded, and not stored.
import { render } from "preact";
import { localizePage, t } from "../lib/i18n";
import { decodeRequestItem } from "../lib/storage";
import { PasteDecoder } from "../ui/PasteDecoder";
import "../ui/base.css";

localizePage("decodeTitle");

void decodeRequestItem
  .get()
  .then(async (text) => {
    await decodeRequestItem.set(null);
    return text ?? "";
  })
  .catch(() => "")
  .then((text) => {
    const root = document.getElementById("app");
    if (!root) return;
    render(
      <main>
        <h1>{t("decodeHeading")}</h1>
        <PasteDecoder initial={text} open />
      </main>,
      root,
    );
  });
