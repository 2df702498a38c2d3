// Small display helpers shared by fact definitions (numbers as a reviewer would write them).

/** 80 → '80%', 75.5 → '75.5%'. */
export function formatPercent(value: number): string {
  return `${Number(value.toFixed(2))}%`;
}

/** 30000 → '30000元', 12477818.06 → '12477818.06元'. */
export function formatYuan(value: number): string {
  return `${Number(value.toFixed(2))}元`;
}
