// Figures and their budgets: one row a measurement, printed as a table and kept as JSON.

export interface Row {
  name: string;
  unit: "ms" | "KB" | "×";
  median: number;
  p90: number;
  samples: number;
  /** The budget for the median, or null where the issue sets none (shown for information). */
  budget: number | null;
  note?: string;
}

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function timing(name: string, values: number[], budget: number | null, note?: string): Row {
  return {
    name,
    unit: "ms",
    median: quantile(values, 0.5),
    p90: quantile(values, 0.9),
    samples: values.length,
    budget,
    ...(note ? { note } : {}),
  };
}

/** A ratio of two medians, with the budget for it. */
export function ratio(name: string, numerator: Row, denominator: Row, budget: number | null): Row {
  const value = numerator.median / denominator.median;
  return { name, unit: "×", median: value, p90: Number.NaN, samples: 1, budget };
}

export const verdict = (row: Row): string =>
  row.budget === null ? "—" : row.median <= row.budget ? "within" : "OVER";

const fmt = (n: number) => (Number.isNaN(n) ? "n/a" : n.toFixed(n < 10 ? 2 : 1));

/** One row as a line, said as soon as it is measured: "capture: … 21.3 ms (≤ 50 ms, within)". */
export const rowLine = (r: Row): string =>
  `${r.name}: ${fmt(r.median)} ${r.unit}${r.budget === null ? "" : ` (≤ ${r.budget} ${r.unit}, ${verdict(r)})`}`;

export function printTable(rows: Row[]): void {
  const lines = [
    ["measurement", "median", "p90", "budget", "", "n"],
    ...rows.map((r) => [
      r.name,
      `${fmt(r.median)} ${r.unit}`,
      r.unit === "ms" ? `${fmt(r.p90)} ${r.unit}` : "",
      r.budget === null ? "—" : `≤ ${r.budget} ${r.unit}`,
      verdict(r),
      String(r.samples),
    ]),
  ];
  const widths = lines[0]?.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? "").length))) ?? [];
  for (const line of lines) console.log(line.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
  for (const r of rows) if (r.note) console.log(`  ${r.name}: ${r.note}`);
}
