// `npm start`: the extension doing its job against the built-in local P1AS stand-in.
// With a display, Chromium opens with the extension and a demo profile, ready to press Sign in. Without one
// (or with --headless) it runs the whole tour itself: sign in → capture → popup, printing each step and
// saving screenshots.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startStandIn } from "../e2e/standin/server";
import { chromiumPath, launchWithExtension, NO_CHROMIUM, popupUrl } from "../e2e/support/launch";
import { loginUrl } from "../src/lib/profile";

const DEMO = { environment: "dev", customer: "acme", region: "us1" };
const SHOTS = resolve("tour");

if (!chromiumPath()) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
const headless = process.argv.includes("--headless") || !process.env.DISPLAY;
const standIn = await startStandIn();
const profileDir = mkdtempSync(join(tmpdir(), "p1as-start-"));
const { context, extensionId } = await launchWithExtension(profileDir, standIn.port, { headless });
const step = (text: string) => console.log(`• ${text}`);

step(`Local P1AS stand-in on 127.0.0.1:${standIn.port}; Chromium sends *.ping.cloud there.`);
const popup = context.pages()[0] ?? (await context.newPage());
await popup.goto(popupUrl(extensionId));
for (const [label, value] of [
  ["Environment", DEMO.environment],
  ["Customer", DEMO.customer],
  ["Region", DEMO.region],
] as const) {
  await popup.getByLabel(label, { exact: true }).fill(value);
}
await popup.getByRole("button", { name: "Save profile" }).click();
step("Demo profile saved: dev-acme.us1 (https://self-service-api.dev-acme.us1.ping.cloud).");

async function tour(): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await popup.getByLabel("Application").selectOption("pingfederate");
  const [tab] = await Promise.all([
    context.waitForEvent("page"),
    popup.getByRole("button", { name: "Sign in" }).click(),
  ]);
  step(`Sign in pressed: ${loginUrl(DEMO, "pingfederate")} opened in a new tab.`);
  await tab.getByRole("heading", { name: "Sign On" }).waitFor();
  step("The sign-on form is shown; submitting it as ann@acme.example.");
  await tab.getByLabel("Username").fill("ann@acme.example");
  await tab.getByLabel("Password").fill("demo");
  await tab.getByRole("button", { name: "Submit" }).click();
  await tab.getByRole("heading", { name: "Success" }).waitFor();
  step("The Success page is shown; nobody clicks Copy Token.");
  const notice = tab.getByRole("status");
  await notice.waitFor();
  step(`The page confirms: "${((await notice.textContent()) ?? "").replace("×", "").trim()}".`);
  await tab.screenshot({ path: join(SHOTS, "success-page.png") });
  await popup.bringToFront();
  await popup.setViewportSize({ width: 460, height: 700 });
  await popup.reload();
  const card = popup.getByRole("article").first();
  const title = ((await card.getByRole("heading").textContent()) ?? "").replace(/\s+/g, " ");
  step(`The popup lists the token: ${title}.`);
  await card.getByRole("button", { name: "More" }).click();
  step("More opens its other copies, Remove, Renew silently and the decoded claims.");
  await popup.screenshot({ path: join(SHOTS, "popup.png"), fullPage: true });
  await card.screenshot({ path: join(SHOTS, "token-card.png") });
  checkTour(title);
  step(`Screenshots saved in ${SHOTS}: ${SCREENSHOTS.join(", ")}.`);
}

const SCREENSHOTS = ["success-page.png", "popup.png", "token-card.png"];

/**
 * `npm test` runs this tour, so the README's first command cannot break silently: each screenshot must be
 * a real picture, and the card pictured must be the captured token's (its application and profile).
 */
function checkTour(cardHeader: string): void {
  const faults: string[] = [];
  if (!cardHeader.includes("pingfederate") || !cardHeader.includes("dev-acme.us1")) {
    faults.push(`the popup's first card is not the captured token's: "${cardHeader}"`);
  }
  for (const name of SCREENSHOTS) {
    const file = join(SHOTS, name);
    const png = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    // A PNG's signature, then the IHDR chunk with width and height at bytes 16 and 20.
    const isPng = png.length > 24 && png.subarray(1, 4).toString() === "PNG";
    if (!isPng || png.readUInt32BE(16) < 100 || png.readUInt32BE(20) < 40) {
      faults.push(`${name} is missing or not a picture of the page`);
    }
  }
  if (faults.length) throw new Error(`The tour did not show what it should: ${faults.join("; ")}.`);
}

async function stop(): Promise<void> {
  await context.close().catch(() => undefined);
  await standIn.close();
  rmSync(profileDir, { recursive: true, force: true });
}

if (headless) {
  try {
    await tour();
  } finally {
    await stop();
  }
} else {
  step("Chromium is open with the popup in a tab: choose an application and press Sign in.");
  step(
    "Any username and password work on the stand-in's sign-on form. Close Chromium or press Ctrl+C to stop.",
  );
  context.on("close", () => void stop());
  process.on("SIGINT", () => void stop().then(() => process.exit(0)));
}
