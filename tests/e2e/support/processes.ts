// Processes, ports and folders for tests/e2e/support/fault-stack.ts: PostgreSQL's tools run as
// the postgres user when the tests run as root, ports found free, the PIDs of a server and its
// children read from /proc (to stop and continue exactly those), and folders made read-only in a
// way root cannot write past (chattr +i; chmod otherwise). Linux only.
import { execFile, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { unlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { promisify } from "node:util";

const PG_BIN = "/usr/lib/postgresql/15/bin";
export const isRoot = process.getuid?.() === 0;
const execFileAsync = promisify(execFile);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function pgTool(program: string, args: string[], cwd: string): Promise<string> {
  const [command, argv] = pgCommand(program, args);
  try {
    return (await execFileAsync(command, argv, { cwd, encoding: "utf8" })).stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${program} ${args.join(" ")} failed: ${stderr || String(error)}`);
  }
}

export function pgToolSync(program: string, args: string[], cwd: string): void {
  const [command, argv] = pgCommand(program, args);
  spawnSync(command, argv, { cwd, stdio: "ignore" });
}

export function pgCommand(program: string, args: string[]): [string, string[]] {
  const binary = path.join(PG_BIN, program);
  return isRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
}

export async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const id = async (flag: string) => Number((await execFileAsync("id", [flag, "postgres"])).stdout.trim());
  return { uid: await id("-u"), gid: await id("-g") };
}

// A port nobody listens on now (bind port 0, read it, close); `avoid` keeps two picks apart.
export async function freePort(avoid: number[] = []): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
    });
    if (port > 0 && !avoid.includes(port)) return port;
  }
}

export function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

// True when the process holds a socket listening on the TCP port (/proc/net/tcp* and its fds).
export function listensOn(pid: number, port: number): boolean {
  const local = `:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const rows = readFileSync(table, "utf8").split("\n").slice(1);
    for (const fields of rows.map((row) => row.trim().split(/\s+/))) {
      if (fields[1]?.endsWith(local) && fields[3] === "0A" && fields[9]) inodes.add(`socket:[${fields[9]}]`);
    }
  }
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => inodes.has(readLink(`/proc/${pid}/fd/${fd}`)));
  } catch {
    return false;
  }
}

export function readLink(file: string): string {
  try {
    return readlinkSync(file);
  } catch {
    return "";
  }
}

// The postmaster's PID: the first line of postmaster.pid, absent while the server is down.
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

// Fields of /proc/<pid>/stat after the command name (which is in parentheses and may hold spaces).
export function procStat(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

export function childPids(parent: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => procStat(pid)?.[1] === String(parent));
}

export function processState(pid: number): "stopped" | "running" | "gone" {
  const state = procStat(pid)?.[0];
  if (state === undefined || state === "Z" || state === "X") return "gone";
  return state === "T" ? "stopped" : "running";
}

export function isAlive(pid: number): boolean {
  return processState(pid) !== "gone";
}

// Sends a signal to one PID; a process that has just ended is not an error.
export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

// Makes a folder tree read-only or writable again. Root ignores permission bits, so as root the
// immutable attribute does it (ext4, xfs, btrfs; tmpfs before Linux 6.0 refuses it).
export async function lockTree(dir: string, readOnly: boolean): Promise<void> {
  const [command, args]: [string, string[]] = isRoot
    ? ["chattr", ["-R", readOnly ? "+i" : "-i", dir]]
    : ["chmod", ["-R", readOnly ? "a-w" : "u+w", dir]];
  try {
    await execFileAsync(command, args);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(`${command} is not installed: as root, nothing else makes ${dir} read-only (e2fsprogs)`);
    }
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${command} ${args.join(" ")} failed: ${stderr || String(error)}`);
  }
}

export function unlockTreeSync(dir: string): void {
  spawnSync(isRoot ? "chattr" : "chmod", ["-R", isRoot ? "-i" : "u+w", dir], { stdio: "ignore" });
}

// Tries to create (and remove) a file in the folder.
export async function canWrite(dir: string): Promise<boolean> {
  const probe = path.join(dir, `.write-probe-${process.pid}`);
  try {
    await writeFile(probe, "");
  } catch {
    return false;
  }
  await unlink(probe);
  return true;
}

export async function waitFor(check: () => boolean, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(message);
    await sleep(20);
  }
}

// Polls until the page answers 200 from the child itself (another server may hold the port: the
// answer counts only once the child owns the listening socket); fails at once when the child has exited.
