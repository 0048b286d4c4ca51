import { startEmulator } from "../src/emulator/emulator-server";

/** The one emulator both arms call, in its own process so it takes no CPU from the arm measured. */
void startEmulator({ port: 0, host: "127.0.0.1" }).then((emulator) => {
  process.stdout.write(`${emulator.url}\n`);
  process.once("SIGTERM", () => void emulator.close().then(() => process.exit(0)));
});
