// One alarms listener for every feature: each feature claims the alarms whose names start with its prefix
// when it registers, and each alarm goes to the one feature whose prefix it bears.
import browser from "webextension-polyfill";

type AlarmHandler = (name: string) => void;
const routes: { prefix: string; handler: AlarmHandler }[] = [];

/** Claims the alarms named `prefix…` for `handler`; called from a feature's register(). */
export function routeAlarms(prefix: string, handler: AlarmHandler): void {
  if (routes.some((route) => route.prefix.startsWith(prefix) || prefix.startsWith(route.prefix))) {
    throw new Error(`Alarm prefix ${prefix} overlaps another feature's.`);
  }
  routes.push({ prefix, handler });
}

export function register(): void {
  browser.alarms.onAlarm.addListener(({ name }) => {
    routes.find((route) => name.startsWith(route.prefix))?.handler(name);
  });
}
