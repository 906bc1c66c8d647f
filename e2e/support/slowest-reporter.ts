// Prints the ten slowest tests at the end of every run, each with its duration and place, so that whoever
// runs the suite sees where its time goes.
import { dirname, relative } from "node:path";
import type { FullConfig, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

const SHOWN = 10;

export default class SlowestReporter implements Reporter {
  private root = process.cwd();
  private readonly runs: { test: TestCase; duration: number }[] = [];

  onBegin(config: FullConfig): void {
    if (config.configFile) this.root = dirname(config.configFile);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.runs.push({ test, duration: result.duration });
  }

  onEnd(): void {
    const slowest = [...this.runs].sort((a, b) => b.duration - a.duration).slice(0, SHOWN);
    if (slowest.length === 0) return;
    const lines = slowest.map(({ test, duration }) => {
      const seconds = `${(duration / 1000).toFixed(1)} s`.padStart(8);
      const place = `${relative(this.root, test.location.file)}:${test.location.line}`;
      return `${seconds}  ${place}  ${test.title}`;
    });
    console.log(`\n  The ${slowest.length} slowest tests:\n${lines.map((line) => `  ${line}`).join("\n")}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
