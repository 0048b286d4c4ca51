import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Clock ticks per second for /proc's CPU times; 100 on nearly every Linux. */
function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
}

let ticksPerSecond: number | undefined;

/**
 * CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; null where
 * there is no /proc (macOS). Throughput on a shared machine also moves with what else runs;
 * CPU per request is the arm's own cost.
 */
export function cpuSecondsOf(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name is in parentheses and may hold spaces; utime and stime are the 12th and 13th fields after it.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  ticksPerSecond ??= clockTicksPerSecond();
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}
